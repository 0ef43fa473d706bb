import { describe, expect, it } from "vitest";
import { filterIndices, getFilteredIndices } from "../../../src/app/filter/filteredIndices";
import { EMPTY_FILTERS, type Filters } from "../../../src/app/store/filterSlice";
import { idsAt, sampleIndex } from "./sampleIndex";

const index = sampleIndex();
const ids = (filters: Partial<Filters>) => idsAt(index, filterIndices(index, { ...EMPTY_FILTERS, ...filters }));

describe("filterIndices", () => {
  it("keeps every event, in date order, when nothing is filtered", () => {
    expect(ids({})).toEqual(["e-threat", "e-veto", "e-li", "e-lavrov", "e-putin", "e-bachelet"]);
  });

  it("keeps events in which any selected actor takes part", () => {
    expect(ids({ actorIds: ["sergey-lavrov"] })).toEqual(["e-lavrov"]);
    expect(ids({ actorIds: ["CHN", "vladimir-putin"] })).toEqual(["e-veto", "e-putin"]);
  });

  it("keeps events of the selected subtypes", () => {
    expect(ids({ subtypes: ["cast", "threatened"] })).toEqual(["e-threat", "e-veto"]);
    expect(ids({ subtypes: ["reported"] })).toEqual(["e-putin"]);
  });

  it("searches quotes, summaries and actor names, ignoring case and accents", () => {
    expect(ids({ query: "UNBALANCED" })).toEqual(["e-lavrov"]);
    expect(ids({ query: "explains" })).toEqual(["e-li"]);
    expect(ids({ query: "lavrov" })).toEqual(["e-lavrov"]);
    expect(ids({ query: "bachelet" })).toEqual(["e-bachelet"]);
    expect(ids({ query: "Security Council" })).toEqual(["e-bachelet"]);
  });

  it("needs every word of the query, in any order", () => {
    expect(ids({ query: "syria china" })).toEqual(["e-veto"]);
    expect(ids({ query: "china pizza" })).toEqual([]);
  });

  it("treats a blank query as no query", () => {
    expect(ids({ query: "   " })).toHaveLength(6);
  });

  it("combines filters with AND", () => {
    expect(ids({ actorIds: ["RUS"], subtypes: ["threatened"] })).toEqual(["e-threat"]);
    expect(ids({ actorIds: ["RUS"], query: "syria" })).toEqual(["e-veto"]);
    expect(ids({ actorIds: ["sergey-lavrov"], subtypes: ["cast"] })).toEqual([]);
  });
});

describe("getFilteredIndices", () => {
  it("returns the same array while index and filters are unchanged", () => {
    const filters: Filters = { ...EMPTY_FILTERS, subtypes: ["direct"] };
    const first = getFilteredIndices({ index, filters });
    expect(getFilteredIndices({ index, filters })).toBe(first);
    const next = getFilteredIndices({ index, filters: { ...filters } });
    expect(next).not.toBe(first);
    expect(Array.from(next)).toEqual(Array.from(first));
  });

  it("is empty before data is loaded", () => {
    expect(getFilteredIndices({ index: null, filters: EMPTY_FILTERS })).toHaveLength(0);
  });
});
