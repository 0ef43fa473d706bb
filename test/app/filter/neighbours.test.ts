import { describe, expect, it } from "vitest";
import { neighbours, rowOf } from "../../../src/app/filter/neighbours";

const filtered = Uint32Array.from([2, 5, 9]);

describe("neighbours", () => {
  it("steps through the filtered order", () => {
    expect(neighbours(filtered, 5)).toEqual({ previous: 2, next: 9 });
  });

  it("has no previous at the first and no next at the last", () => {
    expect(neighbours(filtered, 2)).toEqual({ previous: null, next: 5 });
    expect(neighbours(filtered, 9)).toEqual({ previous: 5, next: null });
  });

  it("finds the nearest filtered events around a filtered-out selection", () => {
    expect(neighbours(filtered, 6)).toEqual({ previous: 5, next: 9 });
    expect(neighbours(filtered, 0)).toEqual({ previous: null, next: 2 });
    expect(neighbours(filtered, 12)).toEqual({ previous: 9, next: null });
  });

  it("has nothing either side in an empty list", () => {
    expect(neighbours(new Uint32Array(0), 3)).toEqual({ previous: null, next: null });
  });
});

describe("rowOf", () => {
  it("gives the row of a filtered event and -1 for one filtered out", () => {
    expect(rowOf(filtered, 9)).toBe(2);
    expect(rowOf(filtered, 2)).toBe(0);
    expect(rowOf(filtered, 3)).toBe(-1);
  });
});
