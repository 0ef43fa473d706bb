/**
 * The visible time window `[start, end]` (UTC ms) and the rules every gesture obeys:
 * not narrower than two days, not wider than ~200 years, never far from the data.
 * Gestures (wheel, pinch, drag, keys, buttons, brush) only compute a proposed window;
 * `clampWindow` makes it legal. Pure, so the limits are tested without a browser.
 */
export type TimeWindow = readonly [number, number];

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.2425 * DAY_MS;
/**
 * Events are known to the day at best (the contract has no time of day), and a lane
 * spreads a day's events across it; zooming into hours would suggest a precision the
 * data does not have, so two days is as close as it gets.
 */
export const MIN_WINDOW_MS = 2 * DAY_MS;
export const MAX_WINDOW_MS = 200 * YEAR_MS;

/** How far past the data the view may go: a tenth of the span, at least a month. */
function boundsPadding(span: number): number {
  return Math.max(span * 0.1, 30 * DAY_MS);
}

/** The range the window must stay inside: the data extent with padding. */
export function windowBounds(extent: TimeWindow): [number, number] {
  const pad = boundsPadding(extent[1] - extent[0]);
  return [extent[0] - pad, extent[1] + pad];
}

/**
 * Makes a proposed window legal while keeping its centre where possible: width within
 * [MIN_WINDOW_MS, min(MAX_WINDOW_MS, bounds width)], then shifted inside the bounds.
 */
export function clampWindow(proposed: TimeWindow, extent: TimeWindow): [number, number] {
  const [lo, hi] = windowBounds(extent);
  const maxWidth = Math.min(MAX_WINDOW_MS, hi - lo);
  const width = Math.min(Math.max(proposed[1] - proposed[0], MIN_WINDOW_MS), maxWidth);
  const centre = (proposed[0] + proposed[1]) / 2;
  let start = centre - width / 2;
  if (start < lo) start = lo;
  if (start + width > hi) start = hi - width;
  return [start, start + width];
}

/**
 * The window showing every event of `shown` (the filtered events' extent, by default
 * all of them), with a little air on both sides (at least a week wide); `extent` is the
 * whole file's, which sets the limits.
 */
export function fitWindow(extent: TimeWindow, shown: TimeWindow = extent): [number, number] {
  const span = Math.max(shown[1] - shown[0], 7 * DAY_MS);
  const centre = (shown[0] + shown[1]) / 2;
  const half = (span * 1.08) / 2;
  return clampWindow([centre - half, centre + half], extent);
}

/** Whether the window is as narrow (`in`) or as wide (`out`) as the limits allow. */
export function atZoomLimit(w: TimeWindow, extent: TimeWindow, direction: "in" | "out"): boolean {
  const width = w[1] - w[0];
  if (direction === "in") return width <= MIN_WINDOW_MS + 1;
  const [lo, hi] = windowBounds(extent);
  return width >= Math.min(MAX_WINDOW_MS, hi - lo) - 1;
}

/**
 * Zooms by `factor` (> 1 zooms in) around `anchor`, a fraction of the width (0 = left
 * edge), so the time under the pointer stays under the pointer.
 */
export function zoomWindow(w: TimeWindow, factor: number, anchor = 0.5): [number, number] {
  const width = w[1] - w[0];
  const pivot = w[0] + width * anchor;
  // The width limit is applied here, around the pointer: left to clampWindow, which keeps
  // the centre, each wheel step past the closest zoom would shift the window sideways.
  const next = Math.min(Math.max(width / factor, Math.min(width, MIN_WINDOW_MS)), Math.max(width, MAX_WINDOW_MS));
  return [pivot - next * anchor, pivot + next * (1 - anchor)];
}

/** Pans by a fraction of the width (positive moves later in time). */
export function panWindow(w: TimeWindow, fraction: number): [number, number] {
  const shift = (w[1] - w[0]) * fraction;
  return [w[0] + shift, w[1] + shift];
}

/** The same width, centred on `time`. */
export function centreWindow(w: TimeWindow, time: number): [number, number] {
  const half = (w[1] - w[0]) / 2;
  return [time - half, time + half];
}

/**
 * The first view of a file: all of it, unless most events sit in a small part of it (a
 * fortnight of news and one story years later, where fitting all shows bubbles and no
 * label). Then it opens on the shortest stretch holding three quarters of the events,
 * readable at once, while the overview strip and Fit all show the rest. `starts` are the
 * events' days, sorted.
 */
export function openingWindow(extent: TimeWindow, starts: ArrayLike<number>): [number, number] {
  const n = starts.length;
  const k = Math.ceil(n * 0.75);
  if (n < 10) return fitWindow(extent);
  let best: [number, number] = [starts[0]!, starts[n - 1]!];
  for (let i = 0; i + k - 1 < n; i++) {
    const span: [number, number] = [starts[i]!, starts[i + k - 1]!];
    if (span[1] - span[0] < best[1] - best[0]) best = span;
  }
  const bulk: TimeWindow = [best[0], best[1] + DAY_MS];
  return bulk[1] - bulk[0] < (extent[1] - extent[0]) / 10 ? fitWindow(extent, bulk) : fitWindow(extent);
}

/** Keeps the current window when it still shows part of the new data; otherwise opens on it. */
export function windowForData(current: TimeWindow | null, extent: TimeWindow, starts: ArrayLike<number>): [number, number] {
  if (!current) return openingWindow(extent, starts);
  const [lo, hi] = windowBounds(extent);
  if (current[1] <= lo || current[0] >= hi) return openingWindow(extent, starts);
  return clampWindow(current, extent);
}
