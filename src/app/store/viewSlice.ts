import type { StateCreator } from "zustand";
import type { AppState } from "./index";

export type GroupBy = "country" | "actor";

/**
 * The visible time window is state; the zoom transform is not (STYLE.md, practice 1):
 * gestures turn into a new `[start, end]` in UTC ms, and scales derive from it.
 */
export interface ViewSlice {
  /** null until data is loaded and the view fitted, or restored from the URL. */
  window: [number, number] | null;
  groupBy: GroupBy;
  setWindow: (window: [number, number]) => void;
  setGroupBy: (groupBy: GroupBy) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  window: null,
  groupBy: "country",
  setWindow: (window) => set({ window }),
  setGroupBy: (groupBy) => set({ groupBy }),
});
