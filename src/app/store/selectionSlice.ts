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
  select: (id: string | null) => void;
  selectWhenLoaded: (position: number) => void;
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
  select: (selectedId) => set({ selectedId, missingId: null, pendingPosition: null }),
  selectWhenLoaded: (pendingPosition) => set({ selectedId: null, missingId: null, pendingPosition }),
  setMissingId: (missingId) => set({ missingId }),
  reveal: (id) => {
    const { index, window, setWindow } = get();
    const position = index?.byId.get(id);
    if (!index || position === undefined) return;
    set({ selectedId: id, missingId: null, pendingPosition: null });
    const start = index.start[position]!;
    const end = index.end[position]!;
    if (!windowShows(window, start, end)) setWindow(windowCentredOn(window, start, end));
  },
  openEvent: (id, linkWindow) => {
    const { index, setWindow } = get();
    const position = index?.byId.get(id);
    if (!index || position === undefined) {
      set({ selectedId: null, missingId: id, pendingPosition: null });
      return;
    }
    set({ selectedId: id, missingId: null, pendingPosition: null });
    setWindow(linkWindow ?? windowCentredOn(null, index.start[position]!, index.end[position]!));
  },
});
