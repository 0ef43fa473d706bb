/**
 * Event density over the whole range, for the overview strip: counts per bin by binary
 * search on the sorted start times, so a million events cost a few thousand searches.
 */
import { lowerBound } from "../cull";

export function histogram(starts: Float64Array, domain: readonly [number, number], bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, bins));
  const step = (domain[1] - domain[0]) / bins;
  let lo = lowerBound(starts, domain[0]);
  for (let b = 0; b < bins; b++) {
    const hi = lowerBound(starts, domain[0] + (b + 1) * step, lo);
    counts[b] = hi - lo;
    lo = hi;
  }
  return counts;
}

/** Start times of the given (ascending) positions: still ascending. */
export function startsOf(start: Float64Array, positions: Uint32Array): Float64Array {
  const out = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = start[positions[i]!]!;
  return out;
}
