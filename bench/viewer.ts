/**
 * `npm run bench:viewer`: first-frame time and frame times during scripted zoom and pan,
 * for the app (with and without the columns file next to the event file) and for
 * vis-timeline on the same generated event files, in one run.
 * See docs/benchmarks.md.
 */
import { cpus, loadavg, totalmem } from "node:os";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium, type BrowserChoice } from "../e2e/browser";
import { parseOptions, USAGE, type Options, type Page } from "./viewer/args";
import { buildApp, buildVisPage } from "./viewer/build";
import { ensureEventFile, eventFilesAlone, sizeLabel, type DataFile } from "./viewer/data";
import { DEFAULT_SCRIPT } from "./viewer/gestures";
import { measureInitialJs, type InitialJs } from "./viewer/initialJs";
import { hotFunctions, type CpuProfile } from "./viewer/profile";
import { checkTargets, detailTable, formatMs, initialJsTable, resultsTable, runFrames, targetsTable, type SizeRow } from "./viewer/report";
import { measureRun, type RunResult, type RunSpec } from "./viewer/run";
import { summariseTrace, type ThreadSummary } from "./viewer/trace";
import { startServer, type StaticServer } from "./viewer/server";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "bench/out");
const APP_BUILD = "dist-bench";
const PROFILE_BUILD = "dist-bench-profile";

const APP_TARGETS = ['[data-testid="timeline-canvas"]', '[aria-label="Timeline"]'];
/** Where each page is, and where it finds the event files: /bench-json/ holds them without their columns files. */
const PAGES: Record<Page, { path: string; data: string; targets: readonly string[] }> = {
  app: { path: "/", data: "/bench-data/", targets: APP_TARGETS },
  json: { path: "/", data: "/bench-json/", targets: APP_TARGETS },
  vis: { path: "/vis/", data: "/bench-data/", targets: [".vis-panel.vis-center"] },
};

function describeRun(run: RunResult): string {
  if (run.firstFrameMs === undefined) return run.timedOut ? "did not finish (first frame)" : `failed: ${run.failure}`;
  const parts = [`first frame ${formatMs(run.firstFrameMs)}`];
  const frames = runFrames(run);
  const ignored = (["zoom", "pan"] as const).filter((g) => run.responds && !run.responds[g]);
  if (ignored.length) parts.push(`the view did not change on ${ignored.join(" or ")}`);
  if (frames.all) {
    parts.push(`p50/p95 ${formatMs(frames.all.p50)} / ${formatMs(frames.all.p95)}, max ${formatMs(frames.all.max)}`);
    if (frames.partial) parts.push(frames.partial);
  } else {
    parts.push(run.timedOut ? "gestures did not finish" : `gestures failed: ${run.failure}`);
  }
  return parts.join(", ");
}

async function measurePage(browser: BrowserChoice, server: StaticServer, page: Page, file: DataFile, options: Options) {
  const runs: RunResult[] = [];
  const { path, data, targets } = PAGES[page];
  for (let i = 1; i <= options.runs; i++) {
    const spec: RunSpec = {
      url: `${server.origin}${path}?data=${data}${file.name}`,
      targets,
      timeoutMs: options.timeoutMs,
      script: DEFAULT_SCRIPT,
      dataSentAt: () => server.sentAt(`${data}${file.name}`),
    };
    const run = await measureRun(browser, spec);
    runs.push(run);
    console.log(`  ${page} ${sizeLabel(file.count)} run ${i}/${options.runs}: ${describeRun(run)}`);
    // A page that could not finish once will not in the next runs either: save the time.
    if (run.timedOut || run.failure || runFrames(run).partial) {
      if (i < options.runs) console.log(`  (skipping the remaining ${page} runs at ${sizeLabel(file.count)})`);
      break;
    }
  }
  return { runs };
}

function printHot(title: string, profile: CpuProfile): string {
  const hot = hotFunctions(profile);
  const lines = [`${title}: ${formatMs(hot.totalMs)} busy, ${formatMs(hot.idleMs)} idle`];
  for (const f of hot.top) lines.push(`  ${formatMs(f.selfMs).padStart(9)} ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.location}`);
  return lines.join("\n");
}

function printThreads(title: string, threads: ThreadSummary[]): string {
  const lines = [title];
  for (const t of threads.filter((t) => t.busyMs >= 20)) {
    lines.push(`  ${t.thread}${t.threads > 1 ? ` (${t.threads} threads)` : ""}: ${formatMs(t.busyMs)} busy`);
    for (const e of t.top.slice(0, 6)) lines.push(`    ${formatMs(e.selfMs).padStart(9)}  ${e.name}`);
  }
  return lines.join("\n");
}

async function profileApp(browser: BrowserChoice, files: DataFile[], options: Options): Promise<string> {
  console.log("\nBuilding the app unminified for CPU profiles …");
  const built = buildApp(ROOT, PROFILE_BUILD, false);
  if (!built.ok) return `profile build failed:\n${built.output}`;
  const dir = join(OUT, "profiles");
  await mkdir(dir, { recursive: true });
  const { server, origin } = await startServer({ "/bench-data/": join(OUT, "data"), "/": join(ROOT, PROFILE_BUILD) }, options.port + 1);
  const sections: string[] = [];
  try {
    for (const file of files) {
      const base = join(dir, `app-${sizeLabel(file.count)}`);
      const run = await measureRun(browser, {
        url: `${origin}/?data=/bench-data/${file.name}`,
        targets: PAGES.app.targets,
        timeoutMs: options.timeoutMs,
        script: DEFAULT_SCRIPT,
        profileBase: base,
      });
      console.log(`  profiled app ${sizeLabel(file.count)}: ${describeRun(run)}`);
      for (const phase of ["load", "gestures"]) {
        const title = `app ${sizeLabel(file.count)}, ${phase}`;
        const profile = await readFile(`${base}-${phase}.cpuprofile`, "utf8").then(JSON.parse, () => undefined);
        if (profile) sections.push(printHot(`${title}: main-thread JS (${base}-${phase}.cpuprofile)`, profile as CpuProfile));
        const trace = await readFile(`${base}-${phase}.trace.json`, "utf8").then(JSON.parse, () => undefined);
        if (trace) sections.push(printThreads(`${title}: threads (${base}-${phase}.trace.json)`, summariseTrace(trace)));
      }
    }
  } finally {
    server.close();
  }
  return sections.join("\n\n");
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) return console.log(USAGE);
  const browser = requireChromium();
  await mkdir(OUT, { recursive: true });

  let appNote: string | undefined;
  let initialJs: InitialJs | undefined;
  if (options.pages.includes("app")) {
    if (!options.skipBuild) {
      console.log(`Building the app into ${APP_BUILD}/ …`);
      const built = buildApp(ROOT, APP_BUILD);
      if (!built.ok) {
        appNote = "app build failed";
        console.error(`The app build failed; measuring vis-timeline only.\n${built.output.split("\n").slice(-15).join("\n")}`);
      }
    }
    if (!appNote) initialJs = await measureInitialJs(join(ROOT, APP_BUILD));
  }
  if (options.pages.includes("vis") && !options.skipBuild) {
    console.log("Building the vis-timeline page …");
    await buildVisPage(join(OUT, "vis-dist"));
  }

  const files: DataFile[] = [];
  for (const count of options.sizes) {
    const started = performance.now();
    const file = await ensureEventFile(join(OUT, "data"), count, options.seed);
    const how = file.generated ? `generated in ${formatMs(performance.now() - started)}` : "reused";
    console.log(`Event file ${file.name}: ${(file.bytes / 1e6).toFixed(1)} MB (${how})`);
    files.push(file);
  }

  // Other work on the machine skews the figures: the load average goes into the report.
  const loadBefore = loadavg()[0] ?? 0;
  const launched = await chromium.launch({ executablePath: browser.executablePath, args: CHROMIUM_ARGS });
  const chromiumVersion = launched.version();
  await launched.close();

  const server = await startServer(
    {
      "/bench-data/": join(OUT, "data"),
      "/bench-json/": await eventFilesAlone(join(OUT, "data"), files),
      "/vis/": join(OUT, "vis-dist"),
      "/": join(ROOT, APP_BUILD),
    },
    options.port,
  );
  const rows: SizeRow[] = [];
  try {
    for (const file of files) {
      console.log(`\n${sizeLabel(file.count)} events`);
      const row: SizeRow = {
        count: file.count,
        bytes: file.bytes,
        app: { runs: [], note: appNote },
        json: { runs: [], note: appNote },
        vis: { runs: [] },
      };
      for (const page of options.pages) {
        if (page !== "vis" && appNote) continue;
        row[page] = await measurePage(browser, server, page, file, options);
      }
      rows.push(row);
    }
  } finally {
    server.server.close();
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Chromium ${chromiumVersion} headless (${browser.description})`;
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  const sections = [
    `Viewer benchmark, ${when} UTC, ${machine}; load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after. ` +
      `Medians of up to ${options.runs} runs; time limit ${options.timeoutMs / 1000} s per run; viewport 1440×900.`,
    resultsTable(rows, options.timeoutMs),
    "Per phase (medians; frame times p50 / p95 / max in ms, long = frames over 33 ms):",
    detailTable(rows, options.timeoutMs),
    "Targets (issue 4):",
    targetsTable(checkTargets(rows, initialJs, options.timeoutMs)),
    ...(initialJs ? ["Initial JavaScript (the entry of the built index.html, the app chunk it imports at boot, and their static imports):", initialJsTable(initialJs)] : []),
  ];
  const markdown = `${sections.join("\n\n")}\n`;
  console.log(`\n${markdown}`);
  await writeFile(join(OUT, "viewer-results.md"), markdown);
  await writeFile(join(OUT, "viewer-results.json"), JSON.stringify({ when, machine, options, initialJs, rows }, null, 1));
  console.log(`Written: bench/out/viewer-results.md and bench/out/viewer-results.json`);

  if (options.profile && !appNote) console.log(`\n${await profileApp(browser, files, options)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
