import { describe, expect, it } from "vitest";
import { overallProgress } from "../../../src/app/data/overallProgress";
import type { LoadProgress } from "../../../src/app/store/dataSlice";

describe("overallProgress", () => {
  it("only ever fills, across reading, parsing, indexing, checking and receiving", () => {
    const steps: LoadProgress[] = [
      { phase: "reading", done: 0, total: 1000 },
      { phase: "reading", done: 500, total: 1000 },
      { phase: "reading", done: 1000, total: 1000 },
      { phase: "parsing", done: 0, total: null },
      { phase: "indexing", done: 0, total: null },
      { phase: "checking", done: 0, total: null },
      { phase: "receiving", done: 0, total: 100_000 },
      { phase: "receiving", done: 50_000, total: 100_000 },
      { phase: "receiving", done: 100_000, total: 100_000 },
    ];
    const values = steps.map(overallProgress) as number[];
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBe(1);
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
  });

  it("cannot say how far a read of unknown size has got", () => {
    expect(overallProgress({ phase: "reading", done: 5000, total: null })).toBeUndefined();
  });
});
