import { mkdtemp, readFile, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { listArticleFiles } from "./corpus/listArticleFiles";
import { MANIFEST_FILE, parseManifest, type Manifest } from "./corpus/parseManifest";
import { DuplicateFinder } from "./dedupe/findDuplicates";
import { compareText, toCorpusArticle, type ArticleEntry, type StoryCopy } from "./dedupe/toCorpusArticle";
import { batches } from "./workers/batches";
import { forEachConcurrent } from "./workers/forEachConcurrent";
import type { Outcome } from "./workers/pipelineTasks";
import { createTaskRunner, type TaskRunner } from "./workers/taskRunner";
import { ActorVersions } from "./write/actorVersions";
import { SpoolReader, SpoolWriter, type SpoolRef } from "./write/spool";
import { SpooledEvents } from "./write/spooledEvents";
import { toFileItem } from "./write/fileItem";
import { writeEventFile } from "./write/writeEventFile";

export interface RunOptions {
  inDir: string;
  outFile: string;
  /** Files larger than this are skipped with a warning. */
  maxFileBytes: number;
  /** Worker threads; "auto" uses one per core for corpora big enough to repay starting them. */
  workers: number | "auto";
  /** Heap limit of each worker thread (see WorkerPool); an article that needs more is retried without it. */
  workerHeapMb?: number;
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
/** Batches in flight per thread: one being worked on, one waiting, so no worker waits for the main thread. */
const BATCHES_IN_FLIGHT = 2;
/** 3× the live heap a worker needs on news articles: room enough, yet collected before it grows with the corpus. */
const WORKER_HEAP_MB = 128;

/**
 * Runs the whole pipeline: reads and cleans every file, joins duplicate copies of a
 * story, extracts events per article, merges them, and writes the event file. Bad
 * files cost a warning, not the run; nothing is written when no article is usable.
 *
 * Memory stays flat as the corpus grows: texts, draft events and the finished items of
 * the event file go to spool files in a temporary folder as the threads make them; the
 * main thread keeps signatures, metadata and refs, merges only the events reported more
 * than once, and the writer copies each item back from the spool as it writes it.
 */
export async function runPipeline(options: RunOptions): Promise<RunReport> {
  const files = await listInput(options.inDir);
  const threads = options.workers === "auto" ? (files.length >= AUTO_WORKERS_FROM ? availableParallelism() : 0) : options.workers;
  const spoolDir = await mkdtemp(join(tmpdir(), "dt-pipeline-"));
  // workers start while the manifest is read
  const runner = createTaskRunner(threads, spoolDir, options.workerHeapMb ?? WORKER_HEAP_MB);
  try {
    const manifest = await readManifest(options.inDir, files);
    const read = await readFiles(files, manifest, runner, threads, options);
    const articles = read.groups.sort((a, b) => compareText(a.id, b.id));
    const extracted = await extractArticles(articles, runner, threads, options);
    await runner.close();
    const written = await writeSpooled(options.outFile, spoolDir, articles, extracted);
    return {
      files: files.length,
      articles: articles.length,
      events: written.events,
      warnings: [
        ...manifest.warnings,
        ...read.warnings.flat(),
        ...articles.flatMap((article, i) => extracted.warnings[i]!.map((w) => `${article.files[0]}: ${w}`)),
        ...written.warnings,
      ],
    };
  } finally {
    await runner.close();
    await rm(spoolDir, { recursive: true, force: true });
  }
}

/** Every file read, cleaned and fingerprinted by the threads; copies of one story joined into one article. */
async function readFiles(files: readonly string[], manifest: Manifest, runner: TaskRunner, threads: number, options: RunOptions) {
  const warnings: string[][] = files.map(() => []);
  const copies: StoryCopy<SpoolRef>[] = [];
  const finder = new DuplicateFinder();
  let done = 0;
  await forEachConcurrent(batches(files, threads), Math.max(1, threads) * BATCHES_IN_FLIGHT, async ({ start, items }) => {
    const task = {
      kind: "prepare" as const,
      dir: options.inDir,
      maxBytes: options.maxFileBytes,
      files: items.map((file) => ({ file, manifest: manifest.entries.get(file) })),
    };
    for (const [i, outcome] of (await runner.run(task).catch(failAll(items))).entries()) {
      if ("error" in outcome) warnings[start + i] = [`${items[i]}: failed to read (${outcome.error}); skipped`];
      else {
        const { copy, warnings: fileWarnings } = outcome.value;
        warnings[start + i] = fileWarnings;
        if (copy) {
          const { fingerprint, ...rest } = copy;
          copies[finder.add(fingerprint)] = rest;
        }
      }
      options.onProgress?.({ stage: "reading", done: ++done, total: files.length });
    }
  });
  if (copies.length === 0) throw new RunError(`no usable article in ${options.inDir}`, [...manifest.warnings, ...warnings.flat()]);
  return { groups: finder.groups().map((group) => toCorpusArticle(group.map((i) => copies[i]!))), warnings };
}

/**
 * Each article analysed by the threads: its file item and draft events stay spooled, its
 * actors and warnings come back. An article whose analysis failed has no item yet.
 */
async function extractArticles(articles: readonly ArticleEntry<SpoolRef>[], runner: TaskRunner, threads: number, options: RunOptions) {
  const warnings: string[][] = articles.map(() => []);
  const items: (SpoolRef | undefined)[] = articles.map(() => undefined);
  const events = new SpooledEvents();
  const actors = new ActorVersions();
  let done = 0;
  await forEachConcurrent(batches(articles, threads), Math.max(1, threads) * BATCHES_IN_FLIGHT, async (batch) => {
    const outcomes = await runner.run({ kind: "analyse", articles: batch.items }).catch(failAll(batch.items));
    for (const [i, outcome] of outcomes.entries()) {
      const index = batch.start + i;
      if ("error" in outcome) warnings[index] = [`failed to extract events (${outcome.error}); article kept without events`];
      else {
        items[index] = outcome.value.item;
        events.add(index, outcome.value.events);
        actors.add(index, outcome.value.actors);
        warnings[index] = outcome.value.warnings;
      }
      options.onProgress?.({ stage: "extracting", done: ++done, total: articles.length });
    }
  });
  return { items, events, actors, warnings };
}

/**
 * Merges the events reported more than once, then streams articles, actors and events into
 * the event file; returns the number of events and the writer's warnings.
 */
async function writeSpooled(
  outFile: string,
  spoolDir: string,
  articles: readonly ArticleEntry<SpoolRef>[],
  extracted: { items: (SpoolRef | undefined)[]; events: SpooledEvents; actors: ActorVersions },
): Promise<{ events: number; warnings: string[] }> {
  const reader = new SpoolReader(spoolDir);
  try {
    const events = extracted.events.items(reader, new SpoolWriter(spoolDir, 0));
    const articleItem = (article: ArticleEntry<SpoolRef>, i: number) => {
      const item = extracted.items[i];
      return item ? reader.read(item) : toFileItem("articles", { ...article, text: reader.read(article.text) }, i);
    };
    const warnings = await writeEventFile(outFile, {
      articles: readBack(articles, articleItem),
      actors: extracted.actors.merged().map((actor, i) => toFileItem("actors", actor, i)),
      events: readBack(events, (ref) => reader.read(ref)),
    });
    return { events: events.length, warnings };
  } finally {
    reader.close();
  }
}

/** A task that failed as a whole (its worker died) fails each of its items. */
function failAll(items: readonly unknown[]) {
  return (error: unknown): Outcome<never>[] => items.map(() => ({ error: message(error) }));
}

function* readBack<T, U>(items: readonly T[], read: (item: T, index: number) => U): Generator<U> {
  for (const [index, item] of items.entries()) yield read(item, index);
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
