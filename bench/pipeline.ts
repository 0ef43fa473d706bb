/**
 * `npm run bench:pipeline`: throughput, peak memory and CPU time of the preprocessing CLI
 * on generated corpora of 1,000 and 10,000 files (bench/out/, regenerated when missing).
 * Each size runs several times as a child process, exactly as users call it; medians are
 * printed. Peak memory is the process's resident set (worker threads included), sampled
 * from /proc every 20 ms and checked against the kernel's high-water mark. CPU time is
 * reported by the child itself (bench/lib/reportCpuUsage.ts): on a shared machine it is the
 * steadier figure, wall time depends on what else runs.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { generateCorpus } from "./lib/generateCorpus";

const ROOT = new URL("..", import.meta.url).pathname;
const OUT = join(ROOT, "bench/out");
const CLI = join(ROOT, "src/pipeline/cli.ts");
const CPU_REPORTER = join(ROOT, "bench/lib/reportCpuUsage.ts");
const SEED = 20120208;
/** In-thread runs at 1k show what the worker threads buy; at 10k they would only double the bench's time. */
const SIZES = [
  { files: 1_000, runs: 5, modes: ["0", "auto"] },
  { files: 10_000, runs: 3, modes: ["auto"] },
];

interface Measurement {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  articles: number;
  events: number;
}

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at start`);
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
    const cpu = median(results.map((r) => r.cpuSeconds));
    const { articles, events } = results[0]!;
    console.log(
      `${files} files, workers=${workers}: median ${seconds.toFixed(2)} s over ${runs} runs → ` +
        `${Math.round(files / seconds)} files/s, ${Math.round(articles / seconds)} articles/s ` +
        `(${articles} articles after dedupe, ${events} events); CPU ${cpu.toFixed(1)} s ` +
        `(${Math.round(files / cpu)} files per CPU-second); peak RSS median ${Math.round(median(results.map((r) => r.peakRssMb)))} MB; ` +
        `load average ${loadavg()[0]!.toFixed(1)}`,
    );
  }
}

async function measure(dir: string, out: string, workers: string): Promise<Measurement> {
  const start = performance.now();
  const args = ["--import", "tsx", "--import", CPU_REPORTER, CLI, "--in", dir, "--out", out, "--workers", workers];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const cpuReport = text(child.stdio[3] as Readable);
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
  const cpu = JSON.parse(await cpuReport) as { user: number; system: number };
  const file = JSON.parse(await readFile(out, "utf8")) as { articles: unknown[]; events: unknown[] };
  return { seconds, cpuSeconds: cpu.user + cpu.system, peakRssMb: peakKb / 1024, articles: file.articles.length, events: file.events.length };
}

async function text(stream: Readable): Promise<string> {
  let result = "";
  for await (const chunk of stream) result += String(chunk);
  return result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
