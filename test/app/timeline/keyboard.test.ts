import { describe, expect, it } from "vitest";
import { keyAction } from "../../../src/app/timeline/keyboard";

describe("timeline keys", () => {
  it("pans with the arrows, further with Shift", () => {
    expect(keyAction("ArrowLeft", false, 2, 0.1)).toEqual({ type: "pan", fraction: -0.1 });
    expect(keyAction("ArrowRight", true, 2, 0.1)).toEqual({ type: "pan", fraction: 0.5 });
  });

  it("scrolls the lanes with ↑ and ↓", () => {
    expect(keyAction("ArrowUp", false, 2, 0.1)).toEqual({ type: "scroll", lanes: -1 });
    expect(keyAction("ArrowDown", false, 2, 0.1)).toEqual({ type: "scroll", lanes: 1 });
  });

  it("zooms with + and − (= and _ too, for keyboards without a + key)", () => {
    expect(keyAction("+", false, 2, 0.1)).toEqual({ type: "zoom", factor: 2 });
    expect(keyAction("=", false, 2, 0.1)).toEqual({ type: "zoom", factor: 2 });
    expect(keyAction("-", false, 2, 0.1)).toEqual({ type: "zoom", factor: 0.5 });
  });

  it("fits with 0 or Home and steps through events with [ and ]", () => {
    expect(keyAction("0", false, 2, 0.1)).toEqual({ type: "fit" });
    expect(keyAction("Home", false, 2, 0.1)).toEqual({ type: "fit" });
    expect(keyAction("[", false, 2, 0.1)).toEqual({ type: "step", direction: -1 });
    expect(keyAction("]", false, 2, 0.1)).toEqual({ type: "step", direction: 1 });
    expect(keyAction("x", false, 2, 0.1)).toBeNull();
  });
});
