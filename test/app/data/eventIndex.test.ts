import { describe, expect, it } from "vitest";
import { buildEventIndex } from "../../../src/app/data/eventIndex";
import { SUBTYPES } from "../../../src/app/data/eventColumns";
import { event, file, utc } from "../timeline/sampleEvents";

describe("event index and columns", () => {
  const a = event({ id: "b", date: "2012-02-08" });
  const b = event({ id: "a", date: "2012-02-08", type: "veto", subtype: "cast", actors: [{ id: "RUS", role: "vetoing" }, { id: "CHN", role: "vetoing" }] });
  const c = event({ id: "c", date: "2012-01-31", dateEnd: "2012-02-02", actors: [{ id: "unsc", role: "relay" }, { id: "nobody", role: "speaker" }] });
  const index = buildEventIndex(file([a, b, c]));

  it("sorts events by date, then id", () => {
    expect(index.events.map((e) => e.id)).toEqual(["c", "a", "b"]);
    expect(index.byId.get("b")).toBe(2);
  });

  it("keeps start and end of each event's days (end of the range for uncertain dates)", () => {
    expect(index.start[0]).toBe(utc("2012-01-31"));
    expect(index.end[0]).toBe(utc("2012-02-03"));
    expect(index.end[1]).toBe(utc("2012-02-09"));
    expect(index.extent).toEqual([utc("2012-01-31"), utc("2012-02-09")]);
  });

  it("codes subtypes and agents for the timeline", () => {
    const { kind, agentOffsets, agents, actors } = index.columns;
    expect(SUBTYPES[kind[1]!]).toBe("cast");
    const agentsOf = (i: number) => [...agents.slice(agentOffsets[i], agentOffsets[i + 1])].map((k) => actors[k]!.id);
    expect(agentsOf(1)).toEqual(["RUS", "CHN"]);
    // An unknown speaker cannot be placed; the relay is not used when a speaker is named.
    expect(agentsOf(0)).toEqual([]);
  });
});
