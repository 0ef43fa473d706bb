import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../../src/model";
import { toFileItem } from "../../../src/pipeline/write/fileItem";
import { writeEventFile } from "../../../src/pipeline/write/writeEventFile";
import { indexUnchecked } from "../../../src/app/data/indexUnchecked";
import { decodeColumnsFile, sameColumns } from "../../../src/model/columns/columnsFile";

const article = (id: string) => ({ id, title: id, source: "s", url: null, published: null, files: [`${id}.txt`], text: "x" });
const event = (id: string, date: string): TimelineEvent => ({
  id,
  type: "statement",
  subtype: "direct",
  date,
  datePrecision: "day",
  dateBasis: "explicit",
  actors: [],
  text: "t",
  summary: "s",
  evidence: [{ article: "a-1", sentence: "t", start: 0, end: 1 }],
  confidence: 0.5,
});

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const tempDir = () => (dir = mkdtempSync(join(tmpdir(), "write-")));

describe("writeEventFile", () => {
  it("writes valid JSON in schema key order, creating the folder", async () => {
    const out = join(tempDir(), "nested", "events.json");
    const shuffled = { ...event("e-1", "2012-02-08"), confidence: 0.5, id: "e-1" };
    await writeEventFile(out, { articles: [toFileItem("articles", article("a-1"), 0)], actors: [], events: [toFileItem("events", shuffled, 0)] });
    const written = readFileSync(out, "utf8");
    expect(JSON.parse(written).events[0]).toEqual(event("e-1", "2012-02-08"));
    expect(written.indexOf('"id": "e-1"')).toBeLessThan(written.indexOf('"type"'));
  });

  it("writes next to it the columns the viewer would build from it, for its exact length", async () => {
    const out = join(tempDir(), "events.json");
    const russia = { id: "RUS", name: "Russia", kind: "country" as const, country: "RUS" };
    const events = [
      { ...event("e-2", "2012-02-08"), actors: [{ id: "RUS", role: "speaker" as const }] },
      { ...event("e-1", "2012-02-04"), dateEnd: "2012-02-10", datePrecision: "week" as const },
    ];
    await writeEventFile(out, {
      articles: [toFileItem("articles", article("a-1"), 0)],
      actors: [toFileItem("actors", russia, 0)],
      events: events.map((e, i) => toFileItem("events", e, i)),
    });
    const json = readFileSync(out);
    const bin = readFileSync(join(dir, "events.columns.bin"));
    const read = decodeColumnsFile(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.length) as ArrayBuffer);
    if (!read.ok) throw new Error(read.problem);
    expect(read.eventsBytes).toBe(json.length);
    expect(sameColumns(read.columns, indexUnchecked(JSON.parse(json.toString()))!.columns)).toBe(true);
    expect(read.columns.count).toBe(2);
  });

  it("still writes the event file when its columns file cannot be written, and says so", async () => {
    const out = join(tempDir(), "events.json");
    // A folder where the columns file should go: it cannot be replaced by a file.
    mkdirSync(join(dir, "events.columns.bin"));
    writeFileSync(join(dir, "events.columns.bin", "keep"), "");
    const warnings = await writeEventFile(out, { articles: [toFileItem("articles", article("a-1"), 0)], actors: [], events: [toFileItem("events", event("e-1", "2012-02-08"), 0)] });
    expect(JSON.parse(readFileSync(out, "utf8")).events).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/events\.columns\.bin: could not write the columns file \(.+\); the viewer will read the event file alone/)]);
  });

  it("refuses a file that breaks the contract and leaves the old one in place", async () => {
    const out = join(tempDir(), "events.json");
    writeFileSync(out, "previous");
    // items are checked as they are produced, here while the file is being written
    function* events() {
      for (const [i, e] of [event("e-1", "2012-02-08"), event("e-2", "2012-02-30")].entries()) yield toFileItem("events", e, i);
    }
    await expect(writeEventFile(out, { articles: [], actors: [], events: events() })).rejects.toThrow(/events\[1\]\.date/);
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["events.json"]);
  });

  it("leaves no partial or temporary file when the write fails", async () => {
    const out = join(tempDir(), "events.json");
    mkdirSync(out);
    writeFileSync(join(out, "keep"), "");
    await expect(writeEventFile(out, { articles: [toFileItem("articles", article("a-1"), 0)], actors: [], events: [] })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["events.json"]);
    expect(readdirSync(out)).toEqual(["keep"]);
  });
});
