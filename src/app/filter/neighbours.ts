/**
 * Previous and next event in the filtered (date) order. Works even when the selected
 * event is itself filtered out: its neighbours are then the nearest filtered events
 * on either side of its position.
 */
export interface Neighbours {
  previous: number | null;
  next: number | null;
}

/** First slot in the ascending `positions` whose value is ≥ `position`. */
function lowerBound(positions: Uint32Array, position: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positions[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function neighbours(filtered: Uint32Array, position: number): Neighbours {
  const slot = lowerBound(filtered, position);
  const isMember = filtered[slot] === position;
  const previous = slot > 0 ? filtered[slot - 1]! : null;
  const nextSlot = isMember ? slot + 1 : slot;
  const next = nextSlot < filtered.length ? filtered[nextSlot]! : null;
  return { previous, next };
}

/** Where `position` sits in the filtered list (its row in the list view), or -1. */
export function rowOf(filtered: Uint32Array, position: number): number {
  const slot = lowerBound(filtered, position);
  return filtered[slot] === position ? slot : -1;
}
