import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureEventFile, eventFilesAlone, parseSize, sizeLabel } from "../../../bench/viewer/data";
import { indexUnchecked } from "../../../src/app/data/indexUnchecked";
import { decodeColumnsFile, sameColumns } from "../../../src/model/columns/columnsFile";

describe("sizes", () => {
  it("reads and writes event counts with k and M", () => {
    expect(parseSize("10k")).toBe(10_000);
    expect(parseSize("1M")).toBe(1_000_000);
    expect(parseSize("2.5k")).toBe(2_500);
    expect(parseSize("750")).toBe(750);
    expect(() => parseSize("ten")).toThrow(/not a size/);
    expect(() => parseSize("0")).toThrow();
    expect(sizeLabel(10_000)).toBe("10k");
    expect(sizeLabel(1_000_000)).toBe("1M");
    expect(sizeLabel(2_500)).toBe("2500");
  });
});

describe("ensureEventFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-data-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("generates a file once and reuses it for the same count and seed", async () => {
    const first = await ensureEventFile(dir, 300, 5);
    expect(first).toMatchObject({ name: "events-300.json", generated: true });
    expect(statSync(join(dir, first.name)).size).toBe(first.bytes);
    expect(await ensureEventFile(dir, 300, 5)).toEqual({ ...first, generated: false });
    expect((await ensureEventFile(dir, 300, 6)).generated).toBe(true);
  });

  it("writes the columns file next to it, as the pipeline does, and a folder of event files alone", async () => {
    const file = await ensureEventFile(dir, 400, 3);
    const bin = readFileSync(join(dir, "events-400.columns.bin"));
    const read = decodeColumnsFile(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.length) as ArrayBuffer);
    if (!read.ok) throw new Error(read.problem);
    expect(read.eventsBytes).toBe(file.bytes);
    const json = JSON.parse(readFileSync(join(dir, file.name), "utf8"));
    expect(sameColumns(read.columns, indexUnchecked(json)!.columns)).toBe(true);
    const alone = await eventFilesAlone(dir, [file]);
    expect(readFileSync(join(alone, file.name), "utf8")).toBe(readFileSync(join(dir, file.name), "utf8"));
    expect(existsSync(join(alone, "events-400.columns.bin"))).toBe(false);
    rmSync(alone, { recursive: true, force: true });
  });
});
