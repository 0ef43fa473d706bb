import { hasActiveFilters } from "../filter/eventMatcher";
import { useAppStore } from "../store";
import { ClearFiltersButton } from "./ClearFiltersButton";
import { useFilteredIndices } from "./useFilteredIndices";

/**
 * A way out when the filters match nothing, right under the search field: below it, so
 * the field being typed in never moves when the last match goes.
 */
export function NothingMatches() {
  const filtering = useAppStore((s) => hasActiveFilters(s.filters));
  const matching = useFilteredIndices().length;
  if (!filtering || matching > 0) return null;
  return (
    <div className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
      <span>No event matches.</span>
      <ClearFiltersButton />
    </div>
  );
}
