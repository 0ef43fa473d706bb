import { hasActiveFilters } from "../filter/eventMatcher";
import { useAppStore } from "../store";
import { EMPTY_FILTERS } from "../store/filterSlice";
import { BUTTON } from "./classNames";

/** Resets actors, types and text at once; hidden while nothing is filtered. */
export function ClearFiltersButton({ className = "" }: { className?: string }) {
  const filtering = useAppStore((s) => hasActiveFilters(s.filters));
  const setFilters = useAppStore((s) => s.setFilters);
  if (!filtering) return null;
  return (
    <button type="button" className={`${BUTTON} ${className}`} onClick={() => setFilters(EMPTY_FILTERS)}>
      Clear filters
    </button>
  );
}
