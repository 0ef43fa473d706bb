import type { StateCreator } from "zustand";
import type { EventColumns } from "../../model/columns/eventColumns";
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
  | { state: "loading"; source: string; local: boolean; progress: LoadProgress }
  | { state: "ready"; source: string; local: boolean }
  | { state: "error"; source: string; local: boolean; message: string; problems: string[] };

export interface DataSlice {
  load: LoadStatus;
  /**
   * What the timeline draws, available before `index`: the worker sends these typed
   * arrays first, then the event objects in chunks.
   */
  columns: EventColumns | null;
  /** The complete index (events, lookups); null until every event has arrived. */
  index: EventIndex | null;
  /** `local`: a file picked or dropped from this computer, which no link can reach. */
  startLoading: (source: string, local?: boolean) => void;
  setProgress: (progress: LoadProgress) => void;
  setColumns: (columns: EventColumns) => void;
  setData: (index: EventIndex, source: string) => void;
  setLoadError: (source: string, message: string, problems?: string[]) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  load: { state: "idle" },
  columns: null,
  index: null,
  startLoading: (source, local = false) =>
    set({ load: { state: "loading", source, local, progress: { phase: "reading", done: 0, total: null } }, pendingPosition: null }),
  setProgress: (progress) => set((s) => (s.load.state === "loading" ? { load: { ...s.load, progress } } : {})),
  // A new file replaces the old one at once; the window is kept only when it still shows the data.
  // A mark picked on the previous drawing may be another event in this one: forget it.
  setColumns: (columns) =>
    set((s) => ({ columns, index: null, window: windowForData(s.window, columns.extent, columns.start), pendingPosition: null })),
  setData: (index, source) =>
    set((s) => {
      const picked = s.pendingPosition !== null && s.columns === index.columns ? index.events[s.pendingPosition]?.id : undefined;
      return {
        index,
        columns: index.columns,
        load: { state: "ready", source, local: s.load.state !== "idle" && s.load.local },
        window: s.columns === index.columns ? s.window : windowForData(s.window, index.extent, index.start),
        // A selection from the previous file that this one lacks would point at nothing.
        selectedId: picked ?? (s.selectedId !== null && index.byId.has(s.selectedId) ? s.selectedId : null),
        pendingPosition: null,
      };
    }),
  setLoadError: (source, message, problems = []) =>
    set((s) => ({
      load: { state: "error", source, local: s.load.state !== "idle" && s.load.local, message, problems },
      columns: null,
      index: null,
      pendingPosition: null,
    })),
});
