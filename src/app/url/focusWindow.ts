/**
 * Where the timeline should look when a link or prev/next brings an event into focus:
 * the current width centred on the event, or a month when nothing is shown yet.
 */
const DAY_MS = 86_400_000;
export const DEFAULT_FOCUS_WIDTH_MS = 30 * DAY_MS;

export function windowCentredOn(current: readonly [number, number] | null, start: number, end: number): [number, number] {
  const width = current ? current[1] - current[0] : DEFAULT_FOCUS_WIDTH_MS;
  const centre = (start + end) / 2;
  return [centre - width / 2, centre + width / 2];
}

/** True when the middle of the event's range is inside the window. */
export function windowShows(window: readonly [number, number] | null, start: number, end: number): boolean {
  if (!window) return false;
  const middle = (start + end) / 2;
  return middle >= window[0] && middle <= window[1];
}
