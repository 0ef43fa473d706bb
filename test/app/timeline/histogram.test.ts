import { describe, expect, it } from "vitest";
import { histogram, startsOf } from "../../../src/app/timeline/overview/histogram";

describe("overview histogram", () => {
  it("counts events per bin and ignores those outside the domain", () => {
    const starts = Float64Array.from([-5, 0, 1, 2, 5, 9.9, 10, 12]);
    expect([...histogram(starts, [0, 10], 2)]).toEqual([3, 2]);
  });

  it("takes the start times of the filtered positions, still sorted", () => {
    expect([...startsOf(Float64Array.from([1, 2, 3, 4]), Uint32Array.from([1, 3]))]).toEqual([2, 4]);
  });
});
