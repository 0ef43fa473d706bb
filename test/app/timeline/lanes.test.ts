import { describe, expect, it } from "vitest";
import { buildLanes } from "../../../src/app/timeline/lanes";
import { DAY_MS } from "../../../src/app/timeline/timeWindow";
import { event, indexOf, utc } from "./sampleEvents";

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

const index = indexOf([
  event({ date: "2012-02-04", type: "veto", subtype: "cast", actors: [{ id: "RUS", role: "vetoing" }, { id: "CHN", role: "vetoing" }] }),
  event({ date: "2012-02-08", actors: [{ id: "medvedev", role: "speaker" }, { id: "RUS", role: "relay" }] }),
  event({ date: "2012-02-08", actors: [{ id: "lavrov", role: "speaker" }, { id: "clinton", role: "target" }] }),
  event({ date: "2012-01-31", actors: [{ id: "clinton", role: "speaker" }] }),
  event({ date: "2012-02-10", actors: [{ id: "unsc", role: "speaker" }] }),
  event({ date: "2012-02-11", actors: [{ id: "unknown-person", role: "speaker" }] }),
]);

const summary = (lanes: ReturnType<typeof buildLanes>) => lanes.map((l) => [l.label, l.pos.length]);

describe("lanes by country", () => {
  const lanes = buildLanes(index.columns, all(6), "country");

  it("puts persons in their country's lane, biggest first, Other last", () => {
    expect(summary(lanes)).toEqual([
      ["Russia", 3],
      ["China", 1],
      ["United States", 1],
      ["Other", 2],
    ]);
  });

  it("shows a joint veto in the lane of each vetoing country", () => {
    const veto = index.byId.get(index.events.find((e) => e.type === "veto")!.id)!;
    const withVeto = lanes.filter((l) => [...l.pos].includes(veto)).map((l) => l.label);
    expect(withVeto).toEqual(["Russia", "China"]);
    expect(lanes.find((l) => l.label === "China")!.vetoCum[1]).toBe(1);
  });

  it("does not place an event by its target", () => {
    const us = lanes.find((l) => l.label === "United States")!;
    expect([...us.pos].map((p) => index.events[p]!.actors[0]!.id)).toEqual(["clinton"]);
  });

  it("spreads events of the same day over that day, in date order", () => {
    const russia = lanes.find((l) => l.label === "Russia")!;
    const feb8 = utc("2012-02-08");
    expect([...russia.t].filter((t) => t >= feb8 && t < feb8 + DAY_MS)).toEqual([feb8 + DAY_MS / 4, feb8 + (3 * DAY_MS) / 4]);
    expect([...russia.t]).toEqual([...russia.t].sort((a, b) => a - b));
  });

  it("names a country lane even when the file has no actor for the country", () => {
    const noCountries = indexOf(
      [event({ date: "2012-01-26", actors: [{ id: "davutoglu", role: "speaker" }] })],
      [{ id: "davutoglu", name: "Ahmet Davutoğlu", kind: "person", country: "TUR" }],
    );
    expect(buildLanes(noCountries.columns, all(1), "country").map((l) => l.label)).toEqual(["Turkey"]);
  });
});

describe("lanes by actor", () => {
  it("gives each agent its own lane named after it", () => {
    const lanes = buildLanes(index.columns, all(6), "actor");
    expect(summary(lanes)).toEqual([
      ["China", 1],
      ["Dmitry Medvedev", 1],
      ["Hillary Clinton", 1],
      ["Russia", 1],
      ["Sergei Lavrov", 1],
      ["UN Security Council", 1],
      ["Other", 1],
    ]);
  });

  it("only uses the given (filtered) positions", () => {
    const veto = index.events.findIndex((e) => e.type === "veto");
    expect(summary(buildLanes(index.columns, Uint32Array.from([veto]), "actor"))).toEqual([
      ["China", 1],
      ["Russia", 1],
    ]);
  });
});
