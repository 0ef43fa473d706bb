/**
 * Aggregation of a lane into what can be drawn without overlap: single marks where
 * events are sparse, count bubbles where they are dense. Buckets are fixed slices of
 * time (a power-of-two number of ms, aligned to the epoch), so panning never
 * reshuffles them and zooming splits each bubble in two at each level. Counting a
 * bucket is two binary searches, so the work is O(visible buckets · log n), not O(events).
 */
import { lowerBound } from "./cull";

export interface MarkItem {
  kind: "mark";
  /** Position in the lane's arrays. */
  i: number;
  x: number;
}

export interface ClusterItem {
  kind: "cluster";
  /** Lane positions [from, to). */
  from: number;
  to: number;
  vetoes: number;
  x: number;
  /** Time span the bubble stands for: clicking zooms to it. */
  t0: number;
  t1: number;
}

export type LaneItem = MarkItem | ClusterItem;

export interface ClusterOptions {
  /** Smallest bucket width in px; actual buckets are 1–2× this. */
  bucketPx: number;
  /** Marks closer than this (px) are aggregated. */
  minGapPx: number;
  /** A bucket with more events than this is always a bubble. */
  maxMarksPerBucket: number;
}

export const DEFAULT_CLUSTER: ClusterOptions = { bucketPx: 28, minGapPx: 11, maxMarksPerBucket: 4 };

/** Bucket width in ms: the power of two at or above `bucketPx` pixels. */
export function bucketMs(msPerPx: number, bucketPx: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, msPerPx * bucketPx)));
}

/**
 * Items for one lane in the window [w0, w1] drawn across `width` px. `t` is the lane's
 * sorted display times, `vetoCum` its veto prefix sums. A margin of one bucket on each
 * side keeps marks that straddle the edges.
 */
export function clusterLane(
  t: Float64Array,
  vetoCum: Uint32Array,
  w0: number,
  w1: number,
  width: number,
  options: ClusterOptions = DEFAULT_CLUSTER,
): LaneItem[] {
  const msPerPx = (w1 - w0) / width;
  const size = bucketMs(msPerPx, options.bucketPx);
  const toX = (time: number) => (time - w0) / msPerPx;
  const items: LaneItem[] = [];
  let k = Math.floor(w0 / size) - 1;
  const lastK = Math.floor(w1 / size) + 1;
  let lo = lowerBound(t, k * size);
  let lastMarkX = -Infinity;
  while (k <= lastK && lo < t.length) {
    // Skip empty stretches in one step: jump to the bucket of the next event.
    const nextK = Math.floor(t[lo]! / size);
    if (nextK > k) k = nextK;
    if (k > lastK) break;
    const hi = lowerBound(t, (k + 1) * size, lo);
    const count = hi - lo;
    if (count > 0) {
      // A lone event is always a mark (a bubble saying "1" helps nobody), even if it touches its neighbour.
      let spread = count === 1 || (count <= options.maxMarksPerBucket && toX(t[lo]!) - lastMarkX >= options.minGapPx);
      for (let i = lo + 1; spread && i < hi; i++) spread = toX(t[i]!) - toX(t[i - 1]!) >= options.minGapPx;
      if (spread) {
        for (let i = lo; i < hi; i++) items.push({ kind: "mark", i, x: toX(t[i]!) });
        lastMarkX = toX(t[hi - 1]!);
      } else {
        const x0 = toX(k * size);
        const x1 = toX((k + 1) * size);
        const median = toX(t[(lo + hi) >>> 1]!);
        const inset = Math.min(options.bucketPx / 2, (x1 - x0) / 2);
        items.push({
          kind: "cluster",
          from: lo,
          to: hi,
          vetoes: vetoCum[hi]! - vetoCum[lo]!,
          x: Math.min(Math.max(median, x0 + inset), x1 - inset),
          t0: t[lo]!,
          t1: t[hi - 1]!,
        });
        lastMarkX = x1;
      }
    }
    lo = hi;
    k++;
  }
  return items;
}
