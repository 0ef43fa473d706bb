import type { StateCreator } from "zustand";
import type { EventSubtype } from "../../model";
import type { AppState } from "./index";

export interface Filters {
  /** Selected actor ids; empty means every actor. */
  actorIds: string[];
  /** Selected subtypes (direct, reported, cast, threatened, referenced); empty means every type. */
  subtypes: EventSubtype[];
  /** Free text matched against quotes, summaries and actor names. */
  query: string;
}

export interface FilterSlice {
  filters: Filters;
  setFilters: (filters: Partial<Filters>) => void;
}

export const EMPTY_FILTERS: Filters = { actorIds: [], subtypes: [], query: "" };

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
});
