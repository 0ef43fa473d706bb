import { describe, expect, it } from "vitest";
import { rovingTarget } from "../../../src/app/panels/rovingFocus";

describe("roving focus in the actor list", () => {
  it("moves one item with the arrows and stops at the ends", () => {
    expect(rovingTarget("ArrowDown", 0, 3)).toBe(1);
    expect(rovingTarget("ArrowDown", 2, 3)).toBe(2);
    expect(rovingTarget("ArrowUp", 1, 3)).toBe(0);
    expect(rovingTarget("ArrowUp", 0, 3)).toBe(0);
  });

  it("jumps with Home, End and by ten with Page keys", () => {
    expect(rovingTarget("Home", 7, 30)).toBe(0);
    expect(rovingTarget("End", 7, 30)).toBe(29);
    expect(rovingTarget("PageDown", 25, 30)).toBe(29);
    expect(rovingTarget("PageUp", 15, 30)).toBe(5);
  });

  it("ignores other keys and empty lists", () => {
    expect(rovingTarget("a", 0, 3)).toBeNull();
    expect(rovingTarget("ArrowDown", 0, 0)).toBeNull();
  });
});
