import { describe, expect, it } from "vitest";
import { bucketMs, clusterLane, DEFAULT_CLUSTER, type LaneItem } from "../../../src/app/timeline/cluster";

const counted = (items: LaneItem[]) => items.reduce((n, item) => n + (item.kind === "mark" ? 1 : item.to - item.from), 0);
const noVetoes = (n: number) => new Uint32Array(n + 1);

describe("clustering a lane", () => {
  it("draws sparse events as single marks at their time", () => {
    const t = Float64Array.from([100, 400, 700]);
    const items = clusterLane(t, noVetoes(3), 0, 1000, 1000);
    expect(items).toEqual([
      { kind: "mark", i: 0, x: 100 },
      { kind: "mark", i: 1, x: 400 },
      { kind: "mark", i: 2, x: 700 },
    ]);
  });

  it("aggregates dense events into bubbles that count every event once", () => {
    const t = Float64Array.from({ length: 10_000 }, (_, i) => i * 10);
    const items = clusterLane(t, noVetoes(10_000), 0, 100_000, 1000);
    expect(items.every((item) => item.kind === "cluster")).toBe(true);
    expect(counted(items)).toBe(10_000);
    // Bounded by the number of buckets, not the number of events.
    expect(items.length).toBeLessThanOrEqual(1000 / DEFAULT_CLUSTER.bucketPx + 3);
  });

  it("splits bubbles as you zoom in", () => {
    const t = Float64Array.from([0, 3, 6, 9, 500, 503, 506].map((x) => x * 1000));
    const wide = clusterLane(t, noVetoes(7), 0, 1_000_000, 500);
    const close = clusterLane(t, noVetoes(7), 0, 20_000, 500);
    expect(wide.filter((i) => i.kind === "cluster").length).toBeGreaterThan(0);
    expect(close.filter((i) => i.kind === "mark").map((i) => (i as { i: number }).i)).toEqual([0, 1, 2, 3]);
  });

  it("keeps bubbles in place while panning (buckets are fixed in time)", () => {
    const t = Float64Array.from({ length: 500 }, (_, i) => i * 37);
    const shift = 5000;
    const a = clusterLane(t, noVetoes(500), 0, 10_000, 400).filter((i) => i.kind === "cluster");
    const b = clusterLane(t, noVetoes(500), shift, 10_000 + shift, 400).filter((i) => i.kind === "cluster");
    const msPerPx = 10_000 / 400;
    const timesA = new Set(a.map((c) => Math.round(c.x * msPerPx)));
    const timesB = b.map((c) => Math.round(c.x * msPerPx + shift));
    const shared = timesB.filter((time) => time <= 10_000 - msPerPx * DEFAULT_CLUSTER.bucketPx);
    expect(shared.length).toBeGreaterThan(0);
    for (const time of shared) expect(timesA.has(time)).toBe(true);
  });

  it("never makes a bubble of one event", () => {
    // Two events 5 px apart on either side of a bucket boundary.
    const size = bucketMs(1, DEFAULT_CLUSTER.bucketPx);
    const t = Float64Array.from([size - 2, size + 3]);
    const items = clusterLane(t, noVetoes(2), 0, 1000, 1000);
    expect(items.map((item) => item.kind)).toEqual(["mark", "mark"]);
  });

  it("counts the vetoes inside a bubble from the prefix sums", () => {
    const t = Float64Array.from([10, 11, 12, 13]);
    const vetoCum = Uint32Array.from([0, 1, 1, 2, 2]);
    const [bubble] = clusterLane(t, vetoCum, 0, 10_000, 100);
    expect(bubble).toMatchObject({ kind: "cluster", from: 0, to: 4, vetoes: 2 });
  });

  it("uses power-of-two buckets between one and two bucket widths", () => {
    for (const msPerPx of [1, 37, 86_400_000, 3e9]) {
      const size = bucketMs(msPerPx, 28);
      expect(Math.log2(size) % 1).toBe(0);
      expect(size / msPerPx).toBeGreaterThanOrEqual(28 - 1e-9);
      expect(size / msPerPx).toBeLessThan(56);
    }
  });
});
