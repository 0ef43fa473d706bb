/**
 * When the visible window shows no event, the nearest events on each side, so the page
 * can offer to jump there instead of leaving an empty chart. Binary search on the
 * date-sorted starts: O(log n) per call, cheap enough for every window change.
 */
import { DAY_MS } from "./timeWindow";

export interface WindowNeighbours {
  /** Start (UTC ms) of the last event before the window, or null. */
  before: number | null;
  /** Start of the first event after the window, or null. */
  after: number | null;
}

/**
 * `positions` ascending (hence by date) into `start`. Null when some event is in view;
 * an event counts as in view when its day overlaps the window (its mark is drawn there).
 */
export function windowNeighbours(
  start: ArrayLike<number>,
  positions: ArrayLike<number>,
  window: readonly [number, number],
): WindowNeighbours | null {
  if (positions.length === 0) return null;
  // First event whose day ends after the window's start.
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[positions[mid]!]! + DAY_MS <= window[0]) lo = mid + 1;
    else hi = mid;
  }
  const next = lo < positions.length ? start[positions[lo]!]! : null;
  if (next !== null && next < window[1]) return null;
  return { before: lo > 0 ? start[positions[lo - 1]!]! : null, after: next };
}
