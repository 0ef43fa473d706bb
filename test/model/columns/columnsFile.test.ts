import { describe, expect, it } from "vitest";
import type { Actor, TimelineEvent } from "../../../src/model";
import { columnsPathFor, decodeColumnsFile, encodeColumnsFile, sameColumns } from "../../../src/model/columns/columnsFile";
import { buildColumns, type EventColumns } from "../../../src/model/columns/eventColumns";
import { sortEvents } from "../../../src/model/columns/sortEvents";

const actors: Actor[] = [
  { id: "RUS", name: "Russia", kind: "country", country: "RUS" },
  { id: "CHN", name: "China", kind: "country", country: "CHN" },
  { id: "vitaly-churkin", name: "Vitaly Churkin", kind: "person", country: "RUS", roles: [] },
];
const event = (id: string, date: string, subtype: TimelineEvent["subtype"], agents: string[], dateEnd?: string) => ({
  id,
  date,
  ...(dateEnd ? { dateEnd } : {}),
  subtype,
  actors: agents.map((a) => ({ id: a, role: subtype === "cast" ? ("vetoing" as const) : ("speaker" as const) })),
});
const columns = (): EventColumns =>
  buildColumns(
    sortEvents(
      [
        event("e-2", "2012-02-04", "cast", ["RUS", "CHN"]),
        event("e-1", "2012-02-08", "direct", ["vitaly-churkin"]),
        event("e-3", "2011-10-01", "reported", ["vitaly-churkin"], "2011-10-31"),
      ],
      0,
    ),
    actors,
  );
const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe("the columns file", () => {
  it("gives back the columns it was written from, and the event file's length", () => {
    const written = columns();
    const read = decodeColumnsFile(buffer(encodeColumnsFile(written, 52_323)));
    if (!read.ok) throw new Error(read.problem);
    expect(read.eventsBytes).toBe(52_323);
    expect(sameColumns(read.columns, written)).toBe(true);
    expect(Array.from(read.columns.start)).toEqual([Date.UTC(2011, 9, 1), Date.UTC(2012, 1, 4), Date.UTC(2012, 1, 8)]);
    expect(Array.from(read.columns.agents)).toEqual([2, 0, 1, 2]);
    expect(read.columns.actors).toEqual(actors);
  });

  it("is the same bytes for the same columns", () => {
    expect(encodeColumnsFile(columns(), 10)).toEqual(encodeColumnsFile(columns(), 10));
  });

  it("names the problem with a file that is not one, cut short or inconsistent", () => {
    const good = encodeColumnsFile(columns(), 10);
    const problem = (bytes: Uint8Array) => {
      const read = decodeColumnsFile(buffer(bytes));
      return read.ok ? "ok" : read.problem;
    };
    expect(problem(new TextEncoder().encode('{"events": []}'))).toBe("not a columns file");
    expect(problem(good.slice(0, 20))).toBe("cut short in its header");
    expect(problem(good.slice(0, good.length - 1))).toBe("its length does not match its header");
    const badAgent = good.slice();
    // the last agent (a u32 just before the three kind bytes) points past the three actors
    new DataView(badAgent.buffer).setUint32(badAgent.length - 3 - 4, 7, true);
    expect(problem(badAgent)).toBe("its agents point outside its actors");
    const unordered = good.slice();
    // the first event's start (the first float64 of the data) moved after the others
    const dataStart = Math.ceil((12 + new DataView(good.buffer).getUint32(8, true)) / 8) * 8;
    new DataView(unordered.buffer).setFloat64(dataStart, Date.UTC(2020, 0, 1), true);
    expect(problem(unordered)).toBe("its dates are not in order");
    const badHeader = good.slice();
    badHeader[12] = "[".charCodeAt(0);
    expect(problem(badHeader)).toMatch(/header/);
  });

  it("sits next to the event file", () => {
    expect(columnsPathFor("public/events.json")).toBe("public/events.columns.bin");
    expect(columnsPathFor("out/Events.JSON")).toBe("out/Events.columns.bin");
    expect(columnsPathFor("out/events")).toBe("out/events.columns.bin");
  });
});

describe("sameColumns", () => {
  it("tells columns that draw differently apart", () => {
    const moved = columns();
    moved.start[0] = moved.start[0]! + 86_400_000;
    expect(sameColumns(columns(), moved)).toBe(false);
    const renamed = { ...columns(), actors: actors.map((a) => (a.id === "CHN" ? { ...a, name: "PRC" } : a)) };
    expect(sameColumns(columns(), renamed)).toBe(false);
  });
});
