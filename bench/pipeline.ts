/**
 * `npm run bench:pipeline`: throughput and peak memory of the preprocessing CLI on
 * generated corpora of 1,000 and 10,000 files (bench/out/, regenerated when missing).
 * Each size runs several times as a child process, exactly as users call it; the
 * median is printed. Peak memory is the process's resident set (worker threads
 * included), sampled from /proc every 20 ms and checked against the kernel's high-water mark.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { generateCorpus } from "./lib/generateCorpus";

const ROOT = new URL("..", import.meta.url).pathname;
const OUT = join(ROOT, "bench/out");
const CLI = join(ROOT, "src/pipeline/cli.ts");
const SEED = 20120208;
/** In-thread runs at 1k show what the worker threads buy; at 10k they would only double the bench's time. */
const SIZES = [
  { files: 1_000, runs: 5, modes: ["0", "auto"] },
  { files: 10_000, runs: 3, modes: ["auto"] },
];

interface Measurement {
  seconds: number;
  peakRssMb: number;
  articles: number;
  events: number;
}

for (const { files, runs, modes } of SIZES) {
  const dir = join(OUT, `corpus-${files}`);
  if (!existsSync(join(dir, "manifest.json"))) {
    const generated = await generateCorpus(dir, files, SEED, ROOT);
    console.log(`generated ${generated.files} files (${generated.stories} stories) in ${dir}`);
  }
  for (const workers of modes) {
    const results: Measurement[] = [];
    for (let run = 0; run < runs; run++) results.push(await measure(dir, join(OUT, `events-${files}.json`), workers));
    const seconds = median(results.map((r) => r.seconds));
    const { articles, events } = results[0]!;
    console.log(
      `${files} files, workers=${workers}: median ${seconds.toFixed(2)} s over ${runs} runs → ` +
        `${Math.round(files / seconds)} files/s (${articles} articles after dedupe, ${events} events); ` +
        `peak RSS median ${Math.round(median(results.map((r) => r.peakRssMb)))} MB`,
    );
  }
}

async function measure(dir: string, out: string, workers: string): Promise<Measurement> {
  const start = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "--in", dir, "--out", out, "--workers", workers], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let peakKb = 0;
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      for (const key of ["VmRSS", "VmHWM"]) {
        const kb = Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
        peakKb = Math.max(peakKb, kb);
      }
    } catch {
      // the process has just exited
    }
  };
  const timer = setInterval(sample, 20);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(timer);
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0) throw new Error(`preprocess failed (${code}):\n${stderr}`);
  const file = JSON.parse(await readFile(out, "utf8")) as { articles: unknown[]; events: unknown[] };
  return { seconds, peakRssMb: peakKb / 1024, articles: file.articles.length, events: file.events.length };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
