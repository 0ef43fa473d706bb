import type { StateCreator } from "zustand";
import { clampWindow } from "../timeline/timeWindow";
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
  /** Every window goes through here and, once data is loaded, obeys the zoom limits. */
  setWindow: (window: [number, number]) => void;
  setGroupBy: (groupBy: GroupBy) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  window: null,
  groupBy: "country",
  setWindow: (window) =>
    set((s) => {
      const next = s.columns ? clampWindow(window, s.columns.extent) : window;
      const same = s.window && s.window[0] === next[0] && s.window[1] === next[1];
      return same ? {} : { window: next };
    }),
  setGroupBy: (groupBy) => set({ groupBy }),
});
