/**
 * One store, one slice per concern (zustand's slices pattern). The URL mirrors only
 * view, filters and selection; data is loaded, never serialised.
 */
import { create } from "zustand";
import { createDataSlice, type DataSlice } from "./dataSlice";
import { createFilterSlice, type FilterSlice } from "./filterSlice";
import { createSelectionSlice, type SelectionSlice } from "./selectionSlice";
import { createViewSlice, type ViewSlice } from "./viewSlice";

export type AppState = DataSlice & ViewSlice & FilterSlice & SelectionSlice;

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createViewSlice(...a),
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
  }));

export const useAppStore = createAppStore();
