import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateEventFile, type EventFile } from "../../../src/model";
import { writeEventFile } from "../../../bench/viewer/generate";

const dir = mkdtempSync(join(tmpdir(), "viewer-bench-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function generate(name: string, count: number, seed: number): Promise<{ text: string; file: EventFile }> {
  const path = join(dir, name);
  const bytes = await writeEventFile(path, count, seed);
  const text = readFileSync(path, "utf8");
  expect(Buffer.byteLength(text)).toBe(bytes);
  const result = validateEventFile(JSON.parse(text));
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return { text, file: result.value };
}

describe("writeEventFile", () => {
  it("writes a valid event file with the requested number of events", async () => {
    const { file } = await generate("a.json", 3000, 7);
    expect(file.events).toHaveLength(3000);
    expect(new Set(file.events.map((e) => e.id)).size).toBe(3000);
    expect(file.articles).toHaveLength(1000);
    expect(file.actors.length).toBeGreaterThanOrEqual(190);
    expect(file.actors.length).toBeLessThanOrEqual(210);
  });

  it("is deterministic for a seed and differs between seeds", async () => {
    const first = await generate("b1.json", 500, 42);
    const again = await generate("b2.json", 500, 42);
    const other = await generate("b3.json", 500, 43);
    expect(again.text).toBe(first.text);
    expect(other.text).not.toBe(first.text);
  });

  it("has the variety the viewer must handle", async () => {
    const { file } = await generate("c.json", 5000, 1);
    const events = file.events;
    const count = (pred: (e: (typeof events)[number]) => boolean) => events.filter(pred).length;
    for (const subtype of ["direct", "reported", "cast", "threatened", "referenced"]) {
      expect(count((e) => e.subtype === subtype), subtype).toBeGreaterThan(20);
    }
    expect(count((e) => e.datePrecision === "week" && e.dateEnd !== undefined)).toBeGreaterThan(200);
    expect(count((e) => e.type === "veto" && e.actors.length === 2)).toBeGreaterThan(10);
    expect(events.every((e) => e.type !== "veto" || e.actors.every((a) => a.role === "vetoing"))).toBe(true);
    const persons = new Set(file.actors.filter((a) => a.kind === "person").map((a) => a.id));
    expect(file.actors.filter((a) => a.kind === "person").every((a) => a.country)).toBe(true);
    expect(count((e) => e.actors.some((a) => persons.has(a.id)))).toBeGreaterThan(1000);

    const years = events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(28);
    // Bursts: the busiest month holds many times the mean month's events.
    const perMonth = new Map<string, number>();
    for (const e of events) perMonth.set(e.date.slice(0, 7), (perMonth.get(e.date.slice(0, 7)) ?? 0) + 1);
    expect(Math.max(...perMonth.values())).toBeGreaterThan((events.length / 360) * 8);
  });
});
