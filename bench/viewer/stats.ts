/** Frame statistics from the animation-frame timestamps recorded during a gesture. */

/** A frame slower than this missed at least one 60 Hz vsync twice over: a visible stutter. */
export const LONG_FRAME_MS = 33.4;

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames longer than LONG_FRAME_MS. */
  long: number;
}

/** Nearest-rank percentile (p in 0–100) of unsorted values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function deltas(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - times[i]!);
}

export function frameStats(frameDeltas: readonly number[]): FrameStats {
  return {
    frames: frameDeltas.length,
    p50: percentile(frameDeltas, 50),
    p95: percentile(frameDeltas, 95),
    max: frameDeltas.length ? Math.max(...frameDeltas) : Number.NaN,
    long: frameDeltas.filter((d) => d > LONG_FRAME_MS).length,
  };
}
