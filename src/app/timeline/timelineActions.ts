/**
 * What the zoom buttons, the keyboard and cluster clicks do to the store: each computes
 * a new window (the store clamps it) or steps the selection. One home for these so a
 * key and its button can never behave differently.
 */
import { getFilteredIndices } from "../filter/filteredIndices";
import { hasActiveFilters } from "../filter/eventMatcher";
import { neighbours } from "../filter/neighbours";
import type { AppState } from "../store";
import { lowerBound } from "./cull";
import { DAY_MS, fitWindow, panWindow, zoomWindow } from "./timeWindow";

type Store = { getState: () => AppState };

export const ZOOM_STEP = 2;
export const PAN_STEP = 0.1;

/**
 * Where the buttons and keys zoom around (a fraction of the width): the selected event
 * when it is in view, so zooming in keeps it on screen, else the middle.
 */
export function zoomAnchor(state: AppState): number {
  const { window, index, selectedId } = state;
  const position = selectedId !== null ? index?.byId.get(selectedId) : undefined;
  if (!window || !index || position === undefined) return 0.5;
  // Its mark sits somewhere in its day: the middle of that day is close enough.
  const fraction = (index.start[position]! + DAY_MS / 2 - window[0]) / (window[1] - window[0]);
  return fraction >= 0 && fraction <= 1 ? fraction : 0.5;
}

export function zoomBy(store: Store, factor: number, anchor = zoomAnchor(store.getState())): void {
  const { window, setWindow } = store.getState();
  if (window) setWindow(zoomWindow(window, factor, anchor));
}

export function panBy(store: Store, fraction: number): void {
  const { window, setWindow } = store.getState();
  if (window) setWindow(panWindow(window, fraction));
}

/** The first start and last end among the events passing the filters, or null when none do. */
export function filteredExtent(state: AppState): [number, number] | null {
  const { index } = state;
  if (!index) return null;
  const filtered = getFilteredIndices(state);
  if (!filtered.length) return null;
  // Sorted by start, so the first is the earliest; ends need a scan (O(filtered), on a click).
  let last = -Infinity;
  for (const p of filtered) last = Math.max(last, index.end[p]!);
  return [index.start[filtered[0]!]!, last];
}

/** Shows every event, or with filters active every event that passes them. */
export function fitAll(store: Store): void {
  const state = store.getState();
  if (!state.columns) return;
  const shown = hasActiveFilters(state.filters) ? filteredExtent(state) : null;
  state.setWindow(fitWindow(state.columns.extent, shown ?? state.columns.extent));
}

/** Zooms to a bubble's span with some air, so its events separate. */
export function zoomToSpan(store: Store, t0: number, t1: number): void {
  const pad = Math.max((t1 - t0) * 0.2, DAY_MS / 2);
  store.getState().setWindow([t0 - pad, t1 + pad]);
}

/**
 * Selects the next (+1) or previous (−1) event that passes the filters and reveals it.
 * With nothing selected, starts from the middle of the window.
 */
export function stepSelection(store: Store, direction: 1 | -1): void {
  const state = store.getState();
  const { index, window, selectedId } = state;
  if (!index) return;
  const filtered = getFilteredIndices(state);
  const current = selectedId !== null ? index.byId.get(selectedId) : undefined;
  let target: number | null | undefined;
  if (current !== undefined) {
    const around = neighbours(filtered, current);
    target = direction > 0 ? around.next : around.previous;
  } else if (window) {
    const middle = lowerBound(index.start, (window[0] + window[1]) / 2);
    const slot = lowerBound(filtered, middle);
    target = direction > 0 ? filtered[slot] : filtered[slot - 1];
  }
  if (target === null || target === undefined) return;
  state.reveal(index.events[target]!.id);
}
