import { describe, expect, it } from "vitest";
import { fitLabel, fitText } from "../../../src/app/timeline/marks/fitText";

// 7 px per character in a made-up font, enough to test the choices without a canvas.
const ctx = { font: "test 7px", measureText: (text: string) => ({ width: text.length * 7 }) } as unknown as CanvasRenderingContext2D;

describe("axis labels squeezed at the edge", () => {
  it("keeps the full label when it fits", () => {
    expect(fitLabel(ctx, "January 2012", "Jan 2012", 200)).toBe("January 2012");
  });

  it("falls back to the short form before cutting anything", () => {
    expect(fitLabel(ctx, "January 2012", "Jan 2012", 60)).toBe("Jan 2012");
    expect(fitLabel(ctx, "January 2012", "Jan 2012", 40)).toBe(fitText(ctx, "Jan 2012", 40));
  });
});
