/**
 * Keeps the URL hash and the store in step (after zustand's "connect to state with URL
 * hash" guide, with history entries added for selections):
 * - a new selection pushes a history entry, so back and forward step through selections;
 * - window, filter and grouping changes replace the current entry, at most once per
 *   `throttleMs`, so panning does not flood the history (browsers also rate-limit it);
 * - back, forward and hand-edited hashes are applied to the store;
 * - a link's event is opened once the data has loaded, unless the user picks or closes
 *   something meanwhile (the store's `awaitedId` goes).
 */
import type { StoreApi } from "zustand";
import type { AppState } from "../store";
import { formatHash, parseHash, type UrlView } from "./hashCodec";

/** The few history operations the sync needs; the browser's in `browserHistory`, a fake in tests. */
export interface HistoryPort {
  readHash(): string;
  push(hash: string): void;
  replace(hash: string): void;
  /** Calls back after back/forward or a hand-edited hash; returns an unsubscribe. */
  onNavigate(listener: () => void): () => void;
}

export function viewOf(state: AppState): UrlView {
  return {
    // An event a link names stays in the URL while it waits for the data.
    eventId: state.selectedId ?? state.missingId ?? state.awaitedId,
    window: state.window,
    filters: state.filters,
    groupBy: state.groupBy,
  };
}

export function startUrlSync(store: StoreApi<AppState>, port: HistoryPort, throttleMs = 300): () => void {
  let written = port.readHash();
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let applying = false;
  /** The window of the link whose event waits for the data (the store's `awaitedId`). */
  let awaitedWindow: [number, number] | null = null;

  const cancelReplace = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  const flushReplace = () => {
    if (pending !== null && pending !== written) port.replace(pending);
    if (pending !== null) written = pending;
    cancelReplace();
  };
  const scheduleReplace = (hash: string) => {
    pending = hash;
    timer ??= setTimeout(flushReplace, throttleMs);
  };

  const currentHash = (state: AppState) => formatHash(viewOf(state));

  /** Store changes made here are the URL's own: they must not write history back. */
  const quietly = (change: () => void) => {
    applying = true;
    try {
      change();
    } finally {
      applying = false;
    }
    // Normalise the entry (rounded window, dropped junk) without adding one; this
    // supersedes any replacement still waiting.
    cancelReplace();
    const hash = currentHash(store.getState());
    if (hash !== written) port.replace(hash);
    written = hash;
  };

  /** True when it opened the awaited event (and wrote the URL for the new state). */
  const openWhenLoaded = (state: AppState): boolean => {
    const id = state.awaitedId;
    if (id === null || !state.index) return false;
    quietly(() => store.getState().openEvent(id, awaitedWindow));
    return true;
  };

  const apply = (hash: string) => {
    const view = parseHash(hash);
    quietly(() => {
      const state = store.getState();
      state.setFilters(view.filters);
      if (view.groupBy) state.setGroupBy(view.groupBy);
      if (view.window) state.setWindow(view.window);
      if (view.eventId === null) state.select(null);
      else if (state.index) state.openEvent(view.eventId, view.window);
      else {
        awaitedWindow = view.window;
        state.awaitEvent(view.eventId);
      }
    });
  };

  const onNavigate = () => {
    const hash = port.readHash();
    // popstate and hashchange both fire for one hand-edited hash.
    if (hash === written) return;
    // A replacement still pending belongs to the entry just left.
    cancelReplace();
    written = hash;
    apply(hash);
  };

  apply(written);
  const unsubscribeStore = store.subscribe((state, prev) => {
    if (applying) return;
    // `state` is stale once the awaited event has been opened; that wrote the URL already.
    if (state.index !== prev.index && openWhenLoaded(state)) return;
    const hash = currentHash(state);
    if (hash === (pending ?? written)) return;
    const selectionChanged = (state.selectedId ?? state.missingId) !== (prev.selectedId ?? prev.missingId);
    if (selectionChanged) {
      flushReplace();
      port.push(hash);
      written = hash;
    } else {
      scheduleReplace(hash);
    }
  });
  const unsubscribeNavigate = port.onNavigate(onNavigate);
  return () => {
    flushReplace();
    unsubscribeStore();
    unsubscribeNavigate();
  };
}
