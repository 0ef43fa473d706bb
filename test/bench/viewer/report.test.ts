import { describe, expect, it } from "vitest";
import type { PhaseFrames } from "../../../bench/viewer/gestures";
import { checkTargets, formatMs, ratio, resultsTable, runFrames, summarise, type SizeRow } from "../../../bench/viewer/report";
import type { RunResult } from "../../../bench/viewer/run";

const phase = (frames: number[], inputs = 10, planned = 10): PhaseFrames => ({ frames, inputs, planned });
const smooth = (firstFrameMs: number, slow = 16.7): RunResult => ({
  firstFrameMs,
  pan: phase([16.7, 16.7, slow]),
  zoom: phase([16.7, 16.6, 16.8]),
});

describe("runFrames", () => {
  it("pools both gestures and leaves out one that got too few inputs in time", () => {
    const full = runFrames(smooth(500, 50));
    expect(full.all?.frames).toBe(6);
    expect(full.all?.long).toBe(1);
    expect(full.partial).toBeUndefined();

    const cut = runFrames({ firstFrameMs: 500, pan: phase([300, 400], 12, 82), zoom: phase([16.7, 16.7], 3, 24) });
    expect(cut.zoom).toBeUndefined();
    expect(cut.all?.frames).toBe(2);
    expect(cut.partial).toBe("partial: pan 12/82, zoom 3/24 inputs in time");
  });
});

describe("summarise", () => {
  it("takes medians over runs", () => {
    const s = summarise({ runs: [smooth(900), smooth(1100), smooth(1000)] }, 60_000);
    expect(s.firstFrame).toBe(1000);
    expect(s.missing).toBeUndefined();
  });

  it("says why values are missing", () => {
    expect(summarise({ runs: [{ timedOut: true }] }, 60_000).missing).toBe("did not finish in 60 s");
    expect(summarise({ runs: [{ failure: "the page crashed (out of memory?)" }] }, 60_000).missing).toMatch(/crashed/);
    expect(summarise({ runs: [], note: "app build failed" }, 60_000).missing).toBe("app build failed");
    const loadedOnly = summarise({ runs: [{ firstFrameMs: 2000, timedOut: true }] }, 60_000);
    expect(loadedOnly.firstFrame).toBe(2000);
    expect(loadedOnly.all).toBeUndefined();
  });
});

describe("formatting", () => {
  it("prints times and ratios readably", () => {
    expect(formatMs(16.66)).toBe("16.7 ms");
    expect(formatMs(1234.4)).toBe("1,234 ms");
    expect(formatMs(12_345)).toBe("12.3 s");
    expect(formatMs(undefined)).toBe("–");
    expect(ratio(300, 100)).toBe("3.0×");
    expect(ratio(5000, 100)).toBe("50×");
    expect(ratio(undefined, 800, 60_000)).toBe("> 75×");
    expect(ratio(undefined, 800)).toBe("n/a");
  });

  it("puts a vis-timeline that ran out of time into the table as a lower bound", () => {
    const rows: SizeRow[] = [{ count: 100_000, bytes: 38e6, app: { runs: [smooth(800)] }, json: { runs: [smooth(1100)] }, vis: { runs: [{ timedOut: true }] } }];
    const table = resultsTable(rows, 60_000);
    expect(table).toContain("| 100k | 38 MB | 800 ms | 16.7 ms / 16.8 ms | 1,100 ms | did not finish in 60 s | did not finish in 60 s | > 75× | n/a |");
  });
});

describe("resultsTable with gestures cut short", () => {
  const row = (vis: RunResult): SizeRow => ({ count: 10_000, bytes: 4e6, app: { runs: [smooth(500)] }, json: { runs: [] }, vis: { runs: [vis] } });

  it("shows the frames a slow page did draw, with how many inputs it took", () => {
    const vis = { firstFrameMs: 2000, pan: phase(Array(20).fill(120), 52, 82), zoom: phase([16.7], 0, 24) };
    expect(resultsTable([row(vis)], 60_000)).toContain("| did not finish in 60 s (120 ms / 120 ms over 52 inputs) | 4.0× | n/a |");
  });

  it("shows no frame times when hardly any input got through", () => {
    const vis = { firstFrameMs: 56_000, pan: phase([16.7, 16.7], 1, 82), zoom: phase([16.7], 0, 24) };
    expect(resultsTable([row(vis)], 60_000)).toContain("| 56.0 s | did not finish in 60 s | 112× | n/a |");
  });
});

describe("gestures the page ignored", () => {
  it("are not passed off as smooth frames", () => {
    const app = { ...smooth(800), responds: { zoom: false, pan: true } };
    const rows: SizeRow[] = [{ count: 100_000, bytes: 1, app: { runs: [app] }, json: { runs: [] }, vis: { runs: [] } }];
    expect(resultsTable(rows, 60_000)).toContain("| the view did not change on zoom: not measured |");
    expect(checkTargets(rows, undefined, 60_000)[2]).toMatchObject({ measured: "not measured", met: undefined });
  });
});

describe("frame-time targets", () => {
  it("read 17 and 33 ms as one and two 60 Hz intervals", () => {
    const at = (p95: number): SizeRow => ({
      count: 1_000_000,
      bytes: 1,
      app: { runs: [{ firstFrameMs: 1, pan: phase(Array(18).fill(16.7).concat([p95, p95])), zoom: phase([]) }] },
      json: { runs: [] },
      vis: { runs: [] },
    });
    expect(checkTargets([at(33.4)], undefined, 60_000)[3]?.met).toBe(true);
    expect(checkTargets([at(50)], undefined, 60_000)[3]?.met).toBe(false);
  });
});

describe("checkTargets", () => {
  it("checks the issue's targets against the app's medians", () => {
    const rows: SizeRow[] = [
      { count: 100_000, bytes: 1, app: { runs: [smooth(800, 40)] }, json: { runs: [smooth(1200)] }, vis: { runs: [] } },
    ];
    const targets = checkTargets(rows, { files: [], bytes: 0, gzipBytes: 120 * 1024 }, 60_000);
    expect(targets.map((t) => [t.what, t.met])).toEqual([
      ["100k events: first frame", true],
      ["100k events: first frame from the event file alone", false],
      ["100k events: frame time p95 (60 fps)", false],
      ["1M events: frame time p95 (30 fps)", undefined],
      ["initial JS, gzipped", true],
    ]);
  });
});
