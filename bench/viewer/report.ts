/**
 * Turns the runs into tables: the headline comparison (medians over runs, ratios), the
 * per-phase detail, and the targets. Markdown, which also reads well in a terminal.
 */
import type { InitialJs } from "./initialJs";
import { sizeLabel } from "./data";
import type { PhaseFrames } from "./gestures";
import type { RunResult } from "./run";
import { frameStats, median, type FrameStats } from "./stats";

export interface TargetRuns {
  runs: RunResult[];
  /** Why there are no runs (e.g. the app build failed). */
  note?: string;
}

export interface SizeRow {
  count: number;
  bytes: number;
  /** The app with the columns file the pipeline writes next to the event file. */
  app: TargetRuns;
  /** The app from the event file alone. */
  json: TargetRuns;
  vis: TargetRuns;
}

/** Medians over the runs that got that far; `missing` says why a value is absent. */
export interface Summary {
  firstFrame?: number;
  dataFetched?: number;
  heapMB?: number;
  all?: FrameStats;
  pan?: FrameStats;
  zoom?: FrameStats;
  /** Some run ran out of time during the gestures: frames cover only part of the script. */
  partial?: string;
  /** Inputs sent in that run. */
  partialInputs: number;
  /** Gestures that left the view unchanged in some run: their frame times measure nothing. */
  ignored?: string;
  missing?: string;
}

function medianOf<T>(items: readonly T[], get: (item: T) => number | undefined): number | undefined {
  const values = items.map(get).filter((v): v is number => v !== undefined && Number.isFinite(v));
  return values.length ? median(values) : undefined;
}

function medianStats(list: FrameStats[]): FrameStats | undefined {
  if (list.length === 0) return undefined;
  return {
    frames: median(list.map((s) => s.frames)),
    p50: median(list.map((s) => s.p50)),
    p95: median(list.map((s) => s.p95)),
    max: median(list.map((s) => s.max)),
    long: median(list.map((s) => s.long)),
  };
}

export interface RunFrames {
  pan?: FrameStats;
  zoom?: FrameStats;
  all?: FrameStats;
  /** Set when time ran out before every input was sent. */
  partial?: string;
  inputs: number;
}

/** Fewer inputs than this say nothing about frame times: the page mostly sat idle. */
const MIN_INPUTS = 10;

const enoughInputs = (p: PhaseFrames | undefined): p is PhaseFrames => p !== undefined && p.inputs >= Math.min(MIN_INPUTS, p.planned);

/** Frame statistics of one run; a gesture that got (almost) no input in time has none. */
export function runFrames(run: RunResult): RunFrames {
  const phases = [run.pan, run.zoom];
  const sent = phases.filter(enoughInputs);
  const complete = phases.every((p) => p !== undefined && p.inputs >= p.planned);
  return {
    pan: enoughInputs(run.pan) ? frameStats(run.pan.frames) : undefined,
    zoom: enoughInputs(run.zoom) ? frameStats(run.zoom.frames) : undefined,
    all: sent.length ? frameStats(sent.flatMap((p) => p.frames)) : undefined,
    inputs: sent.reduce((sum, p) => sum + p.inputs, 0),
    partial: complete || !run.pan || !run.zoom
      ? undefined
      : `partial: pan ${run.pan.inputs}/${run.pan.planned}, zoom ${run.zoom.inputs}/${run.zoom.planned} inputs in time`,
  };
}

function ignoredGestures(runs: readonly RunResult[]): string | undefined {
  const ignored = (["zoom", "pan"] as const).filter((g) => runs.some((r) => r.responds && !r.responds[g]));
  return ignored.length ? `the view did not change on ${ignored.join(" or ")}` : undefined;
}

function whyMissing(runs: readonly RunResult[], timeoutMs: number): string {
  const run = runs.find((r) => r.timedOut || r.failure);
  if (!run) return "not run";
  return run.timedOut ? `did not finish in ${timeoutMs / 1000} s` : (run.failure ?? "failed");
}

export function summarise(target: TargetRuns, timeoutMs: number): Summary {
  const { runs } = target;
  if (runs.length === 0) return { missing: target.note ?? "not run", partialInputs: 0 };
  const loaded = runs.filter((r) => r.firstFrameMs !== undefined);
  const gestured = runs.filter((r) => r.pan && r.zoom).map(runFrames);
  const defined = <T>(list: (T | undefined)[]) => list.filter((x): x is T => x !== undefined);
  return {
    firstFrame: medianOf(loaded, (r) => r.firstFrameMs),
    dataFetched: medianOf(loaded, (r) => r.dataFetchedMs),
    heapMB: medianOf(loaded, (r) => r.heapMB),
    all: medianStats(defined(gestured.map((g) => g.all))),
    pan: medianStats(defined(gestured.map((g) => g.pan))),
    zoom: medianStats(defined(gestured.map((g) => g.zoom))),
    partial: gestured.find((g) => g.partial)?.partial,
    partialInputs: gestured.find((g) => g.partial)?.inputs ?? 0,
    ignored: ignoredGestures(runs),
    missing: loaded.length === runs.length && gestured.length === runs.length ? undefined : whyMissing(runs, timeoutMs),
  };
}

/** p95 of a complete measurement: not of a script cut short, nor of gestures the page ignored. */
function fullP95(s: Summary | undefined): number | undefined {
  return s && !s.partial && !s.ignored ? s.all?.p95 : undefined;
}

export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return "–";
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms).toLocaleString("en-US")} ms`;
  return `${ms.toFixed(1)} ms`;
}

function frameCell(s: Summary, timeoutMs: number): string {
  const dnf = `did not finish in ${timeoutMs / 1000} s`;
  if (!s.all) return s.partial ? dnf : (s.missing ?? "–");
  if (s.ignored) return `${s.ignored}: not measured`;
  const cell = `${formatMs(s.all.p50)} / ${formatMs(s.all.p95)}`;
  return s.partial ? `${dnf} (${cell} over ${s.partialInputs} inputs)` : cell;
}

/** vis ÷ app: how many times slower vis-timeline is. A vis run out of time gives a lower bound. */
export function ratio(vis: number | undefined, app: number | undefined, visTimedOutAfterMs?: number): string {
  if (app === undefined || app <= 0) return "n/a";
  if (vis !== undefined) return `${(vis / app).toFixed(vis / app >= 10 ? 0 : 1)}×`;
  if (visTimedOutAfterMs !== undefined) return `> ${(visTimedOutAfterMs / app).toFixed(0)}×`;
  return "n/a";
}

function table(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  return lines.join("\n");
}

export function resultsTable(rows: readonly SizeRow[], timeoutMs: number): string {
  return table(
    ["events", "file", "app first frame", "app p50 / p95", "app first frame, event file alone", "vis first frame", "vis p50 / p95", "first frame vis÷app", "p95 vis÷app"],
    rows.map((row) => {
      const app = summarise(row.app, timeoutMs);
      const json = summarise(row.json, timeoutMs);
      const vis = summarise(row.vis, timeoutMs);
      const visTimedOut = vis.firstFrame === undefined && row.vis.runs.some((r) => r.timedOut) ? timeoutMs : undefined;
      return [
        sizeLabel(row.count),
        `${(row.bytes / 1e6).toFixed(0)} MB`,
        app.firstFrame !== undefined ? formatMs(app.firstFrame) : (app.missing ?? "–"),
        frameCell(app, timeoutMs),
        json.firstFrame !== undefined ? formatMs(json.firstFrame) : (json.missing ?? "–"),
        vis.firstFrame !== undefined ? formatMs(vis.firstFrame) : (vis.missing ?? "–"),
        frameCell(vis, timeoutMs),
        ratio(vis.firstFrame, app.firstFrame, visTimedOut),
        ratio(fullP95(vis), fullP95(app)),
      ];
    }),
  );
}

export function detailTable(rows: readonly SizeRow[], timeoutMs: number): string {
  const phase = (s?: FrameStats) => (s ? `${formatMs(s.p50)} / ${formatMs(s.p95)} / ${formatMs(s.max)} / ${s.long}` : "–");
  return table(
    ["events", "page", "runs", "data fetched", "first frame", "JS heap", "pan p50 / p95 / max / long", "zoom p50 / p95 / max / long", "note"],
    rows.flatMap((row) =>
      (["app", "json", "vis"] as const).map((name) => {
        const s = summarise(row[name], timeoutMs);
        return [
          sizeLabel(row.count),
          name,
          String(row[name].runs.length),
          formatMs(s.dataFetched),
          formatMs(s.firstFrame),
          s.heapMB !== undefined ? `${s.heapMB.toFixed(0)} MB` : "–",
          phase(s.pan),
          phase(s.zoom),
          [s.missing, s.partial, s.ignored].filter(Boolean).join("; "),
        ];
      }),
    ),
  );
}

export interface Target {
  what: string;
  limit: string;
  measured: string;
  met: boolean | undefined;
}

/**
 * Frame times are whole 60 Hz intervals (16.67 ms, 33.33 ms, …) plus timestamp jitter, so the
 * issue's 17 ms and 33 ms read as one and two intervals: 60 and 30 frames a second.
 */
const FRAME_LIMIT_SLACK_MS = 0.5;

/** The targets, checked against the medians. */
export function checkTargets(rows: readonly SizeRow[], initialJs: InitialJs | undefined, timeoutMs: number): Target[] {
  const app = (count: number, page: "app" | "json" = "app") => {
    const row = rows.find((r) => r.count === count);
    return row ? summarise(row[page], timeoutMs) : undefined;
  };
  const check = (what: string, limit: number, value: number | undefined, show: (v: number) => string, slack = 0): Target => ({
    what,
    limit: show(limit),
    measured: value === undefined ? "not measured" : show(value),
    met: value === undefined ? undefined : value <= limit + slack,
  });
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    check("100k events: first frame", 1000, app(100_000)?.firstFrame, formatMs),
    check("100k events: first frame from the event file alone", 1000, app(100_000, "json")?.firstFrame, formatMs),
    check("100k events: frame time p95 (60 fps)", 17, fullP95(app(100_000)), formatMs, FRAME_LIMIT_SLACK_MS),
    check("1M events: frame time p95 (30 fps)", 33, fullP95(app(1_000_000)), formatMs, FRAME_LIMIT_SLACK_MS),
    check("initial JS, gzipped", 150 * 1024, initialJs?.gzipBytes, kb),
  ];
}

export function targetsTable(targets: readonly Target[]): string {
  return table(
    ["target", "limit", "measured", "met"],
    targets.map((t) => [t.what, `≤ ${t.limit}`, t.measured, t.met === undefined ? "?" : t.met ? "yes" : "**no**"]),
  );
}

export function initialJsTable(js: InitialJs): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return table(
    ["file", "size", "gzipped"],
    [...js.files.map((f) => [f.path, kb(f.bytes), kb(f.gzipBytes)]), ["**total**", kb(js.bytes), `**${kb(js.gzipBytes)}**`]],
  );
}
