import { describe, expect, it } from "vitest";
import { summariseTrace } from "../../../bench/viewer/trace";

describe("summariseTrace", () => {
  it("sums self time per event name on the page's threads, nested events subtracted, pool threads together", () => {
    const meta = (tid: number, name: string) => ({ name: "thread_name", ph: "M", pid: 1, tid, ts: 0, args: { name } });
    const x = (tid: number, name: string, ts: number, dur: number) => ({ name, ph: "X", pid: 1, tid, ts, dur });
    const threads = summariseTrace({
      traceEvents: [
        meta(1, "CrRendererMain"),
        meta(2, "DedicatedWorker thread"),
        meta(3, "CrBrowserMain"),
        meta(4, "ThreadPoolForegroundWorker"),
        meta(5, "ThreadPoolForegroundWorker"),
        x(1, "RunTask", 0, 10_000),
        x(1, "FunctionCall", 1_000, 6_000),
        x(1, "Layout", 2_000, 2_000),
        x(1, "RunTask", 20_000, 1_000),
        x(2, "RunMicrotasks", 0, 30_000),
        x(3, "RunTask", 0, 99_000),
        x(4, "V8.GC_MC_BACKGROUND_MARKING", 0, 3_000),
        x(5, "V8.GC_MC_BACKGROUND_MARKING", 0, 2_000),
      ],
    });
    expect(threads.map((t) => [t.thread, t.threads, t.busyMs])).toEqual([
      ["DedicatedWorker thread", 1, 30],
      ["CrRendererMain", 1, 11],
      ["ThreadPoolForegroundWorker", 2, 5],
    ]);
    expect(threads[2]!.top).toEqual([{ name: "V8.GC_MC_BACKGROUND_MARKING", selfMs: 5 }]);
    expect(threads[1]!.top).toEqual([
      { name: "RunTask", selfMs: 5 },
      { name: "FunctionCall", selfMs: 4 },
      { name: "Layout", selfMs: 2 },
    ]);
  });
});
