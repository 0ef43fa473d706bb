/**
 * Culling on date-sorted columns: the first position whose time is ≥ x, by binary
 * search, so finding what a window shows costs O(log n) whatever the file size.
 */
export function lowerBound(sorted: ArrayLike<number>, x: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions [from, to) before `start` whose range (`ends`) still reaches into the window:
 * events that began earlier but last into view. `maxSpan` bounds how far back to look,
 * `limit` how many candidates to scan, so a lane with one decade-long range stays cheap.
 */
export function rangesReachingInto(
  times: ArrayLike<number>,
  ends: (i: number) => number,
  start: number,
  maxSpan: number,
  limit = 2000,
): number[] {
  const to = lowerBound(times, start);
  const from = Math.max(lowerBound(times, start - maxSpan, 0, to), to - limit);
  const found: number[] = [];
  for (let i = from; i < to; i++) if (ends(i) > start) found.push(i);
  return found;
}
