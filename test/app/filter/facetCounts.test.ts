import { describe, expect, it } from "vitest";
import { countByActor, countBySubtype, getActorCounts } from "../../../src/app/filter/facetCounts";
import { EMPTY_FILTERS } from "../../../src/app/store/filterSlice";
import { buildEventIndex } from "../../../src/app/data/eventIndex";
import { SAMPLE_FILE, sampleIndex } from "./sampleIndex";

const index = sampleIndex();

describe("countByActor", () => {
  it("counts the events each actor takes part in", () => {
    const counts = countByActor(index, EMPTY_FILTERS);
    expect(counts.get("RUS")).toBe(2);
    expect(counts.get("CHN")).toBe(1);
    expect(counts.get("sergey-lavrov")).toBe(1);
    expect(counts.get("un-security-council")).toBe(1);
  });

  it("honours the type and text filters but not the actor filter itself", () => {
    const counts = countByActor(index, { actorIds: ["sergey-lavrov"], subtypes: ["cast"], query: "" });
    expect(counts.get("RUS")).toBe(1);
    expect(counts.get("CHN")).toBe(1);
    expect(counts.get("sergey-lavrov")).toBeUndefined();
    expect(countByActor(index, { ...EMPTY_FILTERS, query: "syria" }).get("RUS")).toBe(1);
  });

  it("counts an actor named twice in one event once", () => {
    const file = structuredClone(SAMPLE_FILE);
    file.events[1]!.actors.push({ id: "sergey-lavrov", role: "target" }, { id: "RUS", role: "target" });
    const twice = buildEventIndex(file);
    const counts = countByActor(twice, EMPTY_FILTERS);
    expect(counts.get("sergey-lavrov")).toBe(1);
    expect(counts.get("RUS")).toBe(3);
  });

  it("is memoised while the filters it depends on keep their identity", () => {
    const subtypes = ["direct" as const];
    const first = getActorCounts(index, { actorIds: [], subtypes, query: "" });
    expect(getActorCounts(index, { actorIds: ["RUS"], subtypes, query: "" })).toBe(first);
    expect(getActorCounts(index, { actorIds: [], subtypes, query: "x" })).not.toBe(first);
  });
});

describe("countBySubtype", () => {
  it("counts per subtype, honouring the actor filter", () => {
    expect(Object.fromEntries(countBySubtype(index, EMPTY_FILTERS))).toEqual({
      cast: 1,
      threatened: 1,
      direct: 3,
      reported: 1,
    });
    expect(Object.fromEntries(countBySubtype(index, { ...EMPTY_FILTERS, actorIds: ["RUS"], subtypes: ["direct"] }))).toEqual({
      cast: 1,
      threatened: 1,
    });
  });
});
