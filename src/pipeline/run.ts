import { availableParallelism } from "node:os";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { mergeActors } from "./actors/mergeActors";
import { listArticleFiles } from "./corpus/listArticleFiles";
import { MANIFEST_FILE, parseManifest, type Manifest } from "./corpus/parseManifest";
import { DuplicateFinder } from "./dedupe/findDuplicates";
import { toCorpusArticle, type StoryCopy } from "./dedupe/toCorpusArticle";
import { mergeEvents } from "./merge/mergeEvents";
import type { ArticleExtraction } from "./types";
import { forEachConcurrent } from "./workers/forEachConcurrent";
import { createTaskRunner } from "./workers/taskRunner";
import { buildEventFile } from "./write/buildEventFile";
import { writeEventFile } from "./write/writeEventFile";

export interface RunOptions {
  inDir: string;
  outFile: string;
  /** Files larger than this are skipped with a warning. */
  maxFileBytes: number;
  /** Worker threads; "auto" uses one per core for corpora big enough to repay starting them. */
  workers: number | "auto";
  onProgress?: (progress: RunProgress) => void;
}

export interface RunProgress {
  stage: "reading" | "extracting";
  done: number;
  total: number;
}

export interface RunReport {
  files: number;
  articles: number;
  events: number;
  /** One line per problem, "file: problem", in file order. */
  warnings: string[];
}

/** A problem that stops the run before anything is written; `warnings` are those found until then. */
export class RunError extends Error {
  constructor(
    message: string,
    readonly warnings: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Below this many files the pipeline runs in the main thread: workers take ~0.5 s to start. */
const AUTO_WORKERS_FROM = 100;

/**
 * Runs the whole pipeline: reads and cleans every file, joins duplicate copies of a
 * story, extracts events per article, merges them, and writes the event file. Bad
 * files cost a warning, not the run; nothing is written when no article is usable.
 */
export async function runPipeline(options: RunOptions): Promise<RunReport> {
  const files = await listInput(options.inDir);
  const manifest = await readManifest(options.inDir, files);
  const workers = options.workers === "auto" ? (files.length >= AUTO_WORKERS_FROM ? availableParallelism() : 0) : options.workers;
  const runner = createTaskRunner(workers);
  const concurrency = Math.max(1, workers) * 4;
  try {
    const fileWarnings: string[][] = files.map(() => []);
    const copies: StoryCopy[] = [];
    const finder = new DuplicateFinder();
    let done = 0;
    await forEachConcurrent(files, concurrency, async (file, index) => {
      const task = { dir: options.inDir, file, manifest: manifest.entries.get(file), maxBytes: options.maxFileBytes };
      const prepared = await runner.run({ kind: "prepare", task }).catch((error: unknown) => ({
        copy: null,
        warnings: [`${file}: failed to read (${message(error)}); skipped`],
      }));
      fileWarnings[index] = prepared.warnings;
      if (prepared.copy) {
        const { fingerprint, ...copy } = prepared.copy;
        copies[finder.add(fingerprint)] = copy;
      }
      options.onProgress?.({ stage: "reading", done: ++done, total: files.length });
    });
    if (copies.length === 0) {
      throw new RunError(`no usable article in ${options.inDir}`, [...manifest.warnings, ...fileWarnings.flat()]);
    }

    const articles = finder
      .groups()
      .map((group) => toCorpusArticle(group.map((i) => copies[i]!)))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    copies.length = 0;
    const extractions: ArticleExtraction[] = [];
    done = 0;
    await forEachConcurrent(articles, concurrency, async (article, index) => {
      extractions[index] = await runner.run({ kind: "analyse", article }).catch((error: unknown) => ({
        events: [],
        actors: [],
        warnings: [`failed to extract events (${message(error)}); article kept without events`],
      }));
      options.onProgress?.({ stage: "extracting", done: ++done, total: articles.length });
    });

    const events = mergeEvents(extractions.flatMap((extraction) => extraction.events));
    const actors = mergeActors(extractions.map((extraction) => extraction.actors));
    await writeEventFile(options.outFile, buildEventFile(articles, actors, events));
    return {
      files: files.length,
      articles: articles.length,
      events: events.length,
      warnings: [
        ...manifest.warnings,
        ...fileWarnings.flat(),
        ...articles.flatMap((article, i) => extractions[i]!.warnings.map((w) => `${article.files[0]}: ${w}`)),
      ],
    };
  } finally {
    await runner.close();
  }
}

async function listInput(dir: string): Promise<string[]> {
  try {
    return await listArticleFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new RunError(`input folder not found: ${dir}`);
    if (code === "ENOTDIR") throw new RunError(`input is not a folder: ${dir}`);
    throw new RunError(`cannot read input folder ${dir} (${code ?? message(error)})`);
  }
}

/** The manifest when there is one, with a warning for each entry naming a file that is not there. */
async function readManifest(dir: string, files: readonly string[]): Promise<Manifest> {
  let json: string;
  try {
    json = await readFile(join(dir, MANIFEST_FILE), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { entries: new Map(), warnings: [] };
    return { entries: new Map(), warnings: [`${MANIFEST_FILE}: cannot be read (${code ?? message(error)}); ignored`] };
  }
  const manifest = parseManifest(json);
  const present = new Set(files);
  for (const file of manifest.entries.keys()) {
    if (!present.has(file)) manifest.warnings.push(`${MANIFEST_FILE}: lists "${file}", which is not in the folder`);
  }
  return manifest;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}
