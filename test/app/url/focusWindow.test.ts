import { describe, expect, it } from "vitest";
import { DEFAULT_FOCUS_WIDTH_MS, windowCentredOn, windowShows } from "../../../src/app/url/focusWindow";

describe("windowCentredOn", () => {
  it("keeps the current width and centres the event's range", () => {
    expect(windowCentredOn([0, 100], 1000, 1010)).toEqual([955, 1055]);
  });

  it("uses a month when nothing is shown yet", () => {
    const [a, b] = windowCentredOn(null, 0, 0);
    expect(b - a).toBe(DEFAULT_FOCUS_WIDTH_MS);
    expect(a + b).toBe(0);
  });
});

describe("windowShows", () => {
  it("tells whether the middle of the event is visible", () => {
    expect(windowShows([0, 100], 40, 60)).toBe(true);
    expect(windowShows([0, 100], 90, 130)).toBe(false);
    expect(windowShows(null, 40, 60)).toBe(false);
  });
});
