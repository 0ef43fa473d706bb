import type { StateCreator } from "zustand";
import { windowCentredOn, windowShows } from "../url/focusWindow";
import type { AppState } from "./index";

export interface SelectionSlice {
  /** The id of the selected event, or null. */
  selectedId: string | null;
  /** An id asked for (by a link) that the loaded file does not contain. */
  missingId: string | null;
  /**
   * A mark picked while only the columns are in (drawn from a columns file, the events still
   * on their way): its position, selected as soon as the events arrive.
   */
  pendingPosition: number | null;
  /** An event a link names, to be opened once the events are in (see url/urlSync). */
  awaitedId: string | null;
  select: (id: string | null) => void;
  /** Any pick of the user's replaces a link's event still waiting: theirs is the later wish. */
  selectWhenLoaded: (position: number) => void;
  awaitEvent: (id: string) => void;
  setMissingId: (id: string | null) => void;
  /**
   * Selects an event from outside the timeline (list, prev/next) and, when the visible
   * window does not show it, centres the window on it, keeping the width.
   */
  reveal: (id: string) => void;
  /**
   * Opens an event from a link: selected, with the link's window or else a month centred
   * on it (the width the page had before, usually "everything", would hide the event in
   * a crowd). An id the file lacks becomes `missingId`, so the page can say so.
   */
  openEvent: (id: string, window: [number, number] | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedId: null,
  missingId: null,
  pendingPosition: null,
  awaitedId: null,
  select: (selectedId) => set({ selectedId, missingId: null, pendingPosition: null, awaitedId: null }),
  selectWhenLoaded: (pendingPosition) => set({ selectedId: null, missingId: null, pendingPosition, awaitedId: null }),
  awaitEvent: (awaitedId) => set({ selectedId: null, missingId: null, pendingPosition: null, awaitedId }),
  setMissingId: (missingId) => set({ missingId }),
  reveal: (id) => {
    const { index, window, setWindow } = get();
    const position = index?.byId.get(id);
    if (!index || position === undefined) return;
    set({ selectedId: id, missingId: null, pendingPosition: null, awaitedId: null });
    const start = index.start[position]!;
    const end = index.end[position]!;
    if (!windowShows(window, start, end)) setWindow(windowCentredOn(window, start, end));
  },
  openEvent: (id, linkWindow) => {
    const { index, setWindow } = get();
    const position = index?.byId.get(id);
    if (!index || position === undefined) {
      set({ selectedId: null, missingId: id, pendingPosition: null, awaitedId: null });
      return;
    }
    set({ selectedId: id, missingId: null, pendingPosition: null, awaitedId: null });
    setWindow(linkWindow ?? windowCentredOn(null, index.start[position]!, index.end[position]!));
  },
});
