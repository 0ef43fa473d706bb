/**
 * Summarises a Chrome trace (the JSON that DevTools' Performance panel loads): for each
 * busy thread of the page (main, worker, compositor, raster), how long it was busy and
 * which trace events took that time. It answers what a JS CPU profile cannot: time in
 * style, layout, paint and raster, and in a parsing worker.
 */

/** Categories that DevTools' Performance panel records, plus the scheduler's task events. */
export const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "toplevel",
  "v8.execute",
  "blink.user_timing",
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface ThreadSummary {
  /** Thread name; threads of one name (the pool's workers) are summed, `threads` says how many. */
  thread: string;
  threads: number;
  busyMs: number;
  /** Self time (minus nested events) per event name, heaviest first. */
  top: { name: string; selfMs: number }[];
}

/** Threads worth reporting: the renderer's, not the browser's or GPU process's. */
const PAGE_THREADS = /^(CrRendererMain|DedicatedWorker|Compositor|CompositorTileWorker|ThreadPoolForegroundWorker)/;

export function summariseTrace(trace: { traceEvents: TraceEvent[] } | TraceEvent[], limit = 8): ThreadSummary[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name" && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== "X" || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!PAGE_THREADS.test(names.get(key) ?? "")) continue;
    (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(e);
  }
  const byName = new Map<string, { threads: number; busy: number; self: Map<string, number> }>();
  for (const [key, list] of byThread) {
    const name = names.get(key) ?? key;
    const summary = byName.get(name) ?? byName.set(name, { threads: 0, busy: 0, self: new Map() }).get(name)!;
    summary.threads++;
    summary.busy += selfTimes(list, summary.self);
  }
  return [...byName.entries()]
    .map(([thread, { threads, busy, self }]) => ({
      thread,
      threads,
      busyMs: busy / 1000,
      top: [...self.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([name, us]) => ({ name, selfMs: us / 1000 })),
    }))
    .sort((a, b) => b.busyMs - a.busyMs);
}

/** Adds each event's self time (µs, nested events subtracted) to `self`; returns the busy time. */
function selfTimes(list: TraceEvent[], self: Map<string, number>): number {
  list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { end: number; name: string; self: number }[] = [];
  let busy = 0;
  const close = (frame: { name: string; self: number }) => self.set(frame.name, (self.get(frame.name) ?? 0) + frame.self);
  for (const e of list) {
    while (stack.length && stack.at(-1)!.end <= e.ts) close(stack.pop()!);
    const dur = e.dur ?? 0;
    const parent = stack.at(-1);
    if (parent) parent.self -= dur;
    else busy += dur;
    stack.push({ end: e.ts + dur, name: e.name, self: dur });
  }
  while (stack.length) close(stack.pop()!);
  return busy;
}
