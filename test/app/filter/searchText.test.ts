import { describe, expect, it } from "vitest";
import { buildEventIndex } from "../../../src/app/data/eventIndex";
import { queryTerms } from "../../../src/app/filter/queryTerms";
import { matchQuery } from "../../../src/app/filter/searchText";
import { SAMPLE_FILE, sampleIndex } from "./sampleIndex";

const matching = (mask: Uint8Array) => [...mask.keys()].filter((i) => mask[i] === 1);

describe("matchQuery", () => {
  it("finds terms in any event of a file spanning several chunks, once per event", () => {
    const base = SAMPLE_FILE.events[1]!;
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      ...base,
      id: `e-${String(i).padStart(5, "0")}`,
      // Every 997th event says "needle" twice; the last event has it at its very end.
      text: i % 997 === 0 ? `needle and needle ${i}` : i === 9_999 ? "ends with needle" : `hay ${i}`,
      summary: i === 4_096 ? "Needle in the summary" : "",
    }));
    const index = buildEventIndex({ ...SAMPLE_FILE, events });
    const expected = events.flatMap((e, i) => (/needle/i.test(e.text + e.summary) ? [i] : []));
    expect(matching(matchQuery(index, ["needle"]))).toEqual(expected);
    expect(matching(matchQuery(index, ["needle", "1994"]))).toEqual([1994]);
  });

  it("does not match across the boundary between two fields or two events", () => {
    const index = sampleIndex();
    // e-lavrov's text ends "unbalanced." and its summary starts "Lavrov".
    expect(matching(matchQuery(index, ["unbalanced.lavrov"]))).toEqual([]);
    expect(matching(matchQuery(index, queryTerms("unbalanced.\u0001lavrov")))).toHaveLength(1);
  });

  it("matches the evidence sentences too, with the article's spelling of a name", () => {
    const base = SAMPLE_FILE.events[1]!;
    const events = [
      { ...base, id: "e-a", text: "Regime change is not our job.", summary: "Lavrov on Assad", evidence: [{ article: "a-1", sentence: "Sergei Lavrov said regime change is not our job.", start: 0, end: 47 }] },
      { ...base, id: "e-b", text: "Other words.", summary: "Other", evidence: [{ article: "a-1", sentence: "Other words.", start: 0, end: 12 }] },
    ];
    const index = buildEventIndex({ ...SAMPLE_FILE, events });
    expect(matching(matchQuery(index, ["sergei"]))).toEqual([0]);
    expect(matching(matchQuery(index, ["other", "words"]))).toEqual([1]);
  });
});
