import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { EventFile, TimelineEvent } from "../../../src/model";
import { buildEventFile } from "../../../src/pipeline/write/buildEventFile";
import { writeEventFile } from "../../../src/pipeline/write/writeEventFile";

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

describe("buildEventFile", () => {
  it("sorts articles and actors by id and events by date, then id", () => {
    const file = buildEventFile(
      [article("a-2"), article("a-1")],
      [{ id: "RUS", name: "Russia", kind: "country" }, { id: "FRA", name: "France", kind: "country" }],
      [event("e-b", "2012-02-08"), event("e-a", "2012-02-09"), event("e-a2", "2012-02-08")],
    );
    expect(file.articles.map((a) => a.id)).toEqual(["a-1", "a-2"]);
    expect(file.actors.map((a) => a.id)).toEqual(["FRA", "RUS"]);
    expect(file.events.map((e) => e.id)).toEqual(["e-a2", "e-b", "e-a"]);
  });
});

describe("writeEventFile", () => {
  it("writes valid JSON in schema key order, creating the folder", async () => {
    const out = join(tempDir(), "nested", "events.json");
    const shuffled = { ...event("e-1", "2012-02-08"), confidence: 0.5, id: "e-1" };
    await writeEventFile(out, buildEventFile([article("a-1")], [], [shuffled]));
    const written = readFileSync(out, "utf8");
    expect(JSON.parse(written).events[0]).toEqual(event("e-1", "2012-02-08"));
    expect(written.indexOf('"id": "e-1"')).toBeLessThan(written.indexOf('"type"'));
  });

  it("refuses a file that breaks the contract and leaves the old one in place", async () => {
    const out = join(tempDir(), "events.json");
    writeFileSync(out, "previous");
    const broken = buildEventFile([article("a-1")], [], [event("e-1", "2012-02-30")]) as EventFile;
    await expect(writeEventFile(out, broken)).rejects.toThrow(/events\[0\]\.date/);
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["events.json"]);
  });

  it("leaves no partial or temporary file when the write fails", async () => {
    const out = join(tempDir(), "events.json");
    mkdirSync(out);
    writeFileSync(join(out, "keep"), "");
    await expect(writeEventFile(out, buildEventFile([article("a-1")], [], []))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["events.json"]);
    expect(readdirSync(out)).toEqual(["keep"]);
  });
});
