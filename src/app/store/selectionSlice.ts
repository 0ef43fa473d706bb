import type { StateCreator } from "zustand";
import type { AppState } from "./index";

export interface SelectionSlice {
  /** The id of the selected event, or null. */
  selectedId: string | null;
  /** An id asked for (by a link) that the loaded file does not contain. */
  missingId: string | null;
  select: (id: string | null) => void;
  setMissingId: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  missingId: null,
  select: (selectedId) => set({ selectedId, missingId: null }),
  setMissingId: (missingId) => set({ missingId }),
});
