import { describe, expect, it } from "vitest";
import { windowAfterTransform, zoomFilter } from "../../../src/app/timeline/zoomGestures";

describe("d3-zoom transforms become windows", () => {
  const window = [1000, 2000] as const;

  it("a drag to the right shows earlier times", () => {
    expect(windowAfterTransform(window, 100, { k: 1, x: 0 }, { k: 1, x: 10 })).toEqual([900, 1900]);
  });

  it("a zoom keeps the time under the pointer under the pointer", () => {
    // d3 zooms ×2 around screen x = 25: translate becomes 25 − 2·25 = −25.
    const next = windowAfterTransform(window, 100, { k: 1, x: 0 }, { k: 2, x: -25 });
    expect(next).toEqual([1125, 1625]);
    const timeAt25 = next[0] + ((next[1] - next[0]) * 25) / 100;
    expect(timeAt25).toBe(1250);
  });

  it("applies only the change since the last event, so clamping in between never jumps", () => {
    const step = windowAfterTransform(window, 100, { k: 2, x: -25 }, { k: 4, x: -75 });
    expect(step).toEqual(windowAfterTransform(window, 100, { k: 1, x: 0 }, { k: 2, x: -25 }));
  });
});

describe("which gestures d3-zoom takes", () => {
  const base = { ctrlKey: false, shiftKey: false, button: 0 };
  it("leaves Shift+wheel to the lane scrolling and takes a plain or pinch (Ctrl) wheel", () => {
    expect(zoomFilter({ ...base, type: "wheel", shiftKey: true })).toBe(false);
    expect(zoomFilter({ ...base, type: "wheel" })).toBe(true);
    expect(zoomFilter({ ...base, type: "wheel", ctrlKey: true })).toBe(true);
  });
  it("drags with the main button only, like d3's default", () => {
    expect(zoomFilter({ ...base, type: "mousedown" })).toBe(true);
    expect(zoomFilter({ ...base, type: "mousedown", button: 2 })).toBe(false);
    expect(zoomFilter({ ...base, type: "mousedown", ctrlKey: true })).toBe(false);
  });
});
