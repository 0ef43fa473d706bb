import { describe, expect, it } from "vitest";
import { deltas, frameStats, median, percentile } from "../../../bench/viewer/stats";

describe("frame statistics", () => {
  it("takes nearest-rank percentiles of unsorted values", () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it("takes the middle, or the mean of the two middles", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("turns timestamps into frame times and counts long frames", () => {
    const frames = deltas([0, 16.7, 33.4, 100, 116.7]);
    expect(frames.map((d) => Math.round(d * 10) / 10)).toEqual([16.7, 16.7, 66.6, 16.7]);
    const stats = frameStats(frames);
    expect(stats.frames).toBe(4);
    expect(stats.long).toBe(1);
    expect(stats.max).toBeCloseTo(66.6);
    expect(stats.p50).toBeCloseTo(16.7);
  });
});
