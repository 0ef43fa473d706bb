import { describe, expect, it } from "vitest";
import { buildEventIndex } from "../../../src/app/data/eventIndex";
import { dateOrder, dayStart } from "../../../src/model/columns/sortEvents";
import { SUBTYPES } from "../../../src/model/columns/eventColumns";
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

describe("date order", () => {
  it("equals a comparator sort by day then id, before and after 1970, with many ties", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const days = Array.from({ length: 2_000 }, () => Math.floor(next() * 40) - 20 + (next() < 0.5 ? -10_000 : 15_000));
    const starts = Float64Array.from(days, (d) => d * 86_400_000);
    const ids = days.map(() => `e-${Math.floor(next() * 1e6)}`);
    const expected = days
      .map((_, i) => i)
      .sort((a, b) => starts[a]! - starts[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
    const order = [...dateOrder(starts, (i) => ids[i]!)];
    expect(order.map((i) => [starts[i], ids[i]])).toEqual(expected.map((i) => [starts[i], ids[i]]));
    expect(new Set(order).size).toBe(days.length);
  });
});

describe("day start", () => {
  it("equals Date.parse at midnight UTC for every day of several years, leap days included", () => {
    for (let t = Date.UTC(1946, 0, 1); t < Date.UTC(1950, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(dayStart(iso)).toBe(t);
    }
    expect(dayStart("2016-02-29")).toBe(Date.UTC(2016, 1, 29));
    expect(dayStart("0050-06-01")).toBe(Date.parse("0050-06-01T00:00:00Z"));
  });

  it("is NaN for what is no date", () => {
    for (const text of ["", "2012-2-08", "2012-13-01", "2012-00-10", "2012-02-32", "20x2-02-08", "2012/02/08"]) {
      expect(dayStart(text)).toBeNaN();
    }
  });
});
