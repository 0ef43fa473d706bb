import { getFilteredIndices } from "../filter/filteredIndices";
import { useAppStore } from "../store";

/** The filtered event positions; a stable array while index and filters are unchanged. */
export function useFilteredIndices(): Uint32Array {
  return useAppStore(getFilteredIndices);
}
