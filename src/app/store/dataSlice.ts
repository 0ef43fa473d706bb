import type { StateCreator } from "zustand";
import type { EventIndex } from "../data/eventIndex";
import type { AppState } from "./index";

export type LoadStatus =
  | { state: "idle" }
  | { state: "loading"; source: string; /** 0–1 when known */ progress: number | null }
  | { state: "ready"; source: string }
  | { state: "error"; source: string; message: string; problems: string[] };

export interface DataSlice {
  load: LoadStatus;
  index: EventIndex | null;
  startLoading: (source: string) => void;
  setProgress: (progress: number) => void;
  setData: (index: EventIndex, source: string) => void;
  setLoadError: (source: string, message: string, problems?: string[]) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  load: { state: "idle" },
  index: null,
  startLoading: (source) => set({ load: { state: "loading", source, progress: null } }),
  setProgress: (progress) =>
    set((s) => (s.load.state === "loading" ? { load: { ...s.load, progress } } : {})),
  setData: (index, source) => set({ index, load: { state: "ready", source } }),
  setLoadError: (source, message, problems = []) => set({ load: { state: "error", source, message, problems } }),
});
