/**
 * The benchmark's event files, generated once into bench/out/data and reused while the
 * generator and seed are unchanged (the 1M file takes a while to write).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { columnsPathFor, encodeColumnsFile } from "../../src/model/columns/columnsFile";
import { ColumnsOfItems } from "../../src/pipeline/write/columnsOfItems";
import { writeEventFile } from "./generate";

/** The generator, and the code that writes the columns file next to each event file. */
const GENERATOR_SOURCES = [
  "generate.ts",
  "vocabulary.ts",
  "prng.ts",
  "../../src/model/columns/columnsFile.ts",
  "../../src/model/columns/eventColumns.ts",
  "../../src/model/columns/sortEvents.ts",
  "../../src/pipeline/write/columnsOfItems.ts",
];

/** Changes whenever the generator's code does, so stale files are rewritten. */
function generatorVersion(): string {
  const hash = createHash("sha256");
  for (const file of GENERATOR_SOURCES) hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
  return hash.digest("hex").slice(0, 16);
}

/** 10000 → "10k", 1000000 → "1M". */
export function sizeLabel(count: number): string {
  if (count >= 1e6 && count % 1e6 === 0) return `${count / 1e6}M`;
  if (count >= 1e3 && count % 1e3 === 0) return `${count / 1e3}k`;
  return String(count);
}

/** "10k" → 10000, "1M" → 1000000, "2500" → 2500. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`not a size: "${text}" (use e.g. 10k, 100k, 1M)`);
  const unit = match[2]?.toLowerCase();
  const count = Number(match[1]) * (unit === "k" ? 1e3 : unit === "m" ? 1e6 : 1);
  if (!Number.isInteger(count) || count < 1) throw new Error(`not a whole number of events: "${text}"`);
  return count;
}

export interface DataFile {
  count: number;
  /** File name inside the data folder, also its URL path under /bench-data/. */
  name: string;
  bytes: number;
  generated: boolean;
}

export async function ensureEventFile(dir: string, count: number, seed: number): Promise<DataFile> {
  const name = `events-${sizeLabel(count)}.json`;
  const metaPath = join(dir, `${name}.meta.json`);
  const meta = { count, seed, generator: generatorVersion() };
  const previous = await readFile(metaPath, "utf8").then(JSON.parse, () => null) as (typeof meta & { bytes: number }) | null;
  if (previous && previous.count === count && previous.seed === seed && previous.generator === meta.generator) {
    return { count, name, bytes: previous.bytes, generated: false };
  }
  await mkdir(dir, { recursive: true });
  // Written aside and renamed, so an interrupted run never leaves a truncated file behind.
  // The columns file comes first: the meta file written last marks both as done.
  const columns = new ColumnsOfItems();
  const bytes = await writeEventFile(join(dir, `${name}.tmp`), count, seed, columns);
  await writeFile(join(dir, columnsPathFor(name)), encodeColumnsFile(columns.build(), bytes));
  await rename(join(dir, `${name}.tmp`), join(dir, name));
  await writeFile(metaPath, JSON.stringify({ ...meta, bytes }));
  return { count, name, bytes, generated: true };
}

/** A folder beside `dir` holding links to the event files only, so the app finds no columns file. */
export async function eventFilesAlone(dir: string, files: readonly DataFile[]): Promise<string> {
  const alone = `${dir}-event-files-alone`;
  await rm(alone, { recursive: true, force: true });
  await mkdir(alone, { recursive: true });
  for (const file of files) await symlink(join(dir, file.name), join(alone, file.name));
  return alone;
}
