import type { StateCreator } from "zustand";
import type { EventColumns } from "../data/eventColumns";
import type { EventIndex } from "../data/eventIndex";
import { windowForData } from "../timeline/timeWindow";
import type { AppState } from "./index";

export type LoadPhase = "reading" | "parsing" | "checking" | "indexing" | "receiving";

export interface LoadProgress {
  phase: LoadPhase;
  /** Bytes read, or events received in the "receiving" phase. */
  done: number;
  /** The total when known (Content-Length, file size, event count). */
  total: number | null;
}

export type LoadStatus =
  | { state: "idle" }
  | { state: "loading"; source: string; progress: LoadProgress }
  | { state: "ready"; source: string }
  | { state: "error"; source: string; message: string; problems: string[] };

export interface DataSlice {
  load: LoadStatus;
  /**
   * What the timeline draws, available before `index`: the worker sends these typed
   * arrays first, then the event objects in chunks.
   */
  columns: EventColumns | null;
  /** The complete index (events, lookups); null until every event has arrived. */
  index: EventIndex | null;
  startLoading: (source: string) => void;
  setProgress: (progress: LoadProgress) => void;
  setColumns: (columns: EventColumns) => void;
  setData: (index: EventIndex, source: string) => void;
  setLoadError: (source: string, message: string, problems?: string[]) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  load: { state: "idle" },
  columns: null,
  index: null,
  startLoading: (source) =>
    set({ load: { state: "loading", source, progress: { phase: "reading", done: 0, total: null } } }),
  setProgress: (progress) => set((s) => (s.load.state === "loading" ? { load: { ...s.load, progress } } : {})),
  // A new file replaces the old one at once; the window is kept only when it still shows the data.
  setColumns: (columns) => set((s) => ({ columns, index: null, window: windowForData(s.window, columns.extent) })),
  setData: (index, source) =>
    set((s) => ({
      index,
      columns: index.columns,
      load: { state: "ready", source },
      window: s.columns === index.columns ? s.window : windowForData(s.window, index.extent),
    })),
  setLoadError: (source, message, problems = []) =>
    set({ load: { state: "error", source, message, problems }, columns: null, index: null }),
});
