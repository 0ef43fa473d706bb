import { describe, expect, it } from "vitest";
import { selectNonOverlapping } from "../../../src/pipeline/actors/selectNonOverlapping";

type Span = { start: number; end: number; id: number };

/** The rule stated plainly: longest first, then earliest, each kept if it overlaps nothing kept. */
function reference(spans: Span[]): Span[] {
  const chosen: Span[] = [];
  for (const s of [...spans].filter((s) => s.end > s.start).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (chosen.every((c) => s.end <= c.start || c.end <= s.start)) chosen.push(s);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

describe("choosing non-overlapping spans", () => {
  it("keeps the longer of two overlapping names and both of two that only touch", () => {
    const spans = [
      { start: 0, end: 6, id: 1 }, // "Sergei"
      { start: 0, end: 13, id: 2 }, // "Sergei Lavrov"
      { start: 13, end: 20, id: 3 },
    ];
    expect(selectNonOverlapping(spans).map((s) => s.id)).toEqual([2, 3]);
  });

  it("drops an empty span", () => {
    expect(selectNonOverlapping([{ start: 4, end: 4, id: 1 }])).toEqual([]);
  });

  it("agrees with the plain rule on many random spans", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: 200 }, (_, id) => {
        const start = Math.floor(next() * 2_000);
        return { start, end: start + Math.floor(next() * 30), id };
      });
      expect(selectNonOverlapping(spans)).toEqual(reference(spans));
    }
  });
});
