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
  thread: string;
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
  const summaries: ThreadSummary[] = [];
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const self = new Map<string, number>();
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
    const top = [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, us]) => ({ name, selfMs: us / 1000 }));
    summaries.push({ thread: names.get(key) ?? key, busyMs: busy / 1000, top });
  }
  return summaries.sort((a, b) => b.busyMs - a.busyMs);
}
