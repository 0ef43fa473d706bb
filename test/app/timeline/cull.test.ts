import { describe, expect, it } from "vitest";
import { lowerBound, rangesReachingInto } from "../../../src/app/timeline/cull";

const times = Float64Array.from([10, 20, 20, 30, 40, 50]);

describe("culling on sorted times", () => {
  it("finds the first position at or after a time", () => {
    expect(lowerBound(times, 5)).toBe(0);
    expect(lowerBound(times, 20)).toBe(1);
    expect(lowerBound(times, 21)).toBe(3);
    expect(lowerBound(times, 99)).toBe(6);
  });

  it("finds ranges that started before the window but reach into it", () => {
    const ends = [15, 45, 21, 31, 41, 51];
    expect(rangesReachingInto(times, (i) => ends[i]!, 35, 30)).toEqual([1]);
    // maxSpan bounds the search: a span of 10 cannot reach from 20 to 35.
    expect(rangesReachingInto(times, (i) => ends[i]!, 35, 10)).toEqual([]);
  });
});
