import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/lib/generateCorpus";
import { mergeActors } from "../../src/pipeline/actors/mergeActors";
import { parseManifest } from "../../src/pipeline/corpus/parseManifest";
import { DuplicateFinder } from "../../src/pipeline/dedupe/findDuplicates";
import { compareText, summariseText, toCorpusArticle, type StoryCopy } from "../../src/pipeline/dedupe/toCorpusArticle";
import { mergeEvents } from "../../src/pipeline/merge/mergeEvents";
import { prepareFile } from "../../src/pipeline/prepareFile";
import { processArticle } from "../../src/pipeline/processArticle";
import { runPipeline } from "../../src/pipeline/run";
import { toFileItem } from "../../src/pipeline/write/fileItem";
import { writeEventFile } from "../../src/pipeline/write/writeEventFile";

const ROOT = new URL("../..", import.meta.url).pathname;
let root = "";
let corpus = "";
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "run-"));
  corpus = join(root, "articles");
  await generateCorpus(corpus, 60, 7, ROOT);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The pipeline without threads, spools or streams: every stage on whole arrays, as it was first written. */
async function inMemory(out: string): Promise<void> {
  const manifest = parseManifest(readFileSync(join(corpus, "manifest.json"), "utf8"));
  const files = readdirSync(corpus).filter((f) => f !== "manifest.json").sort(compareText);
  const copies: StoryCopy<string>[] = [];
  const finder = new DuplicateFinder();
  for (const file of files) {
    const { copy } = await prepareFile({ dir: corpus, file, manifest: manifest.entries.get(file), maxBytes: 1 << 20 });
    if (!copy) continue;
    const { text, ...document } = copy.document;
    copies[finder.add(copy.fingerprint)] = { document, droppedShare: copy.droppedShare, text: summariseText(text, text) };
  }
  const articles = finder.groups().map((group) => toCorpusArticle(group.map((i) => copies[i]!)));
  articles.sort((a, b) => compareText(a.id, b.id));
  const extractions = articles.map(processArticle);
  await writeEventFile(out, {
    articles: articles.map((article, i) => toFileItem("articles", article, i)),
    actors: mergeActors(extractions.map((e) => e.actors)).map((actor, i) => toFileItem("actors", actor, i)),
    events: mergeEvents(extractions.flatMap((e) => e.events)).map((event, i) => toFileItem("events", event, i)),
  });
}

describe("runPipeline", () => {
  it("writes the same bytes streamed through worker threads, in the main thread, and all in memory", async () => {
    const run = (workers: number, out: string) => runPipeline({ inDir: corpus, outFile: join(root, out), maxFileBytes: 1 << 20, workers });
    const [threaded, inThread] = [await run(2, "threaded.json"), await run(0, "in-thread.json")];
    await inMemory(join(root, "memory.json"));
    expect(threaded).toEqual(inThread);
    expect(threaded.articles).toBeGreaterThan(40);
    expect(threaded.events).toBeGreaterThan(100);
    const bytes = readFileSync(join(root, "memory.json"));
    expect(readFileSync(join(root, "threaded.json")).equals(bytes)).toBe(true);
    expect(readFileSync(join(root, "in-thread.json")).equals(bytes)).toBe(true);
  }, 60_000);

  it("loses no article when a worker runs out of memory: its tasks run again without the heap limit", async () => {
    const big = join(root, "big");
    mkdirSync(big);
    for (const file of readdirSync(corpus).filter((f) => f !== "manifest.json").slice(0, 6)) copyFileSync(join(corpus, file), join(big, file));
    const paragraph = "Ministers met again in Geneva on the draft, and officials said talks would go on through the week. ";
    const sentence = "Foreign Minister Anna Lindqvist said on Tuesday that her country would not back the text.";
    writeFileSync(join(big, "long.md"), `---\ntitle: Long\ndate: 2014-03-14\n---\n${`${paragraph.repeat(40)}\n\n`.repeat(300)}${sentence}\n`);
    const run = (workers: number, out: string) =>
      runPipeline({ inDir: big, outFile: join(root, out), maxFileBytes: 8 << 20, workers, workerHeapMb: 4 });
    const [threaded, inThread] = [await run(2, "big-threaded.json"), await run(0, "big-in-thread.json")];
    expect(threaded.warnings.filter((w) => w.includes("failed"))).toEqual([]);
    expect(threaded.articles).toBe(inThread.articles);
    const file = JSON.parse(readFileSync(join(root, "big-threaded.json"), "utf8")) as { events: { text: string }[] };
    expect(file.events.some((e) => e.text.includes("her country would not back the text"))).toBe(true);
    expect(readFileSync(join(root, "big-threaded.json")).equals(readFileSync(join(root, "big-in-thread.json")))).toBe(true);
  }, 60_000);
});
