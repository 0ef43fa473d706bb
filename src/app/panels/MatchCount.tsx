import { hasActiveFilters } from "../filter/eventMatcher";
import { formatCount, pluralize } from "../format/formatCount";
import { useAppStore } from "../store";
import { useFilteredIndices } from "./useFilteredIndices";

/** "120 of 4,500 events"; "4,500 events" when nothing is filtered. */
export function MatchCount() {
  const total = useAppStore((s) => s.index?.events.length ?? null);
  const filtering = useAppStore((s) => hasActiveFilters(s.filters));
  const matching = useFilteredIndices().length;
  if (total === null) return null;
  return (
    <p role="status" className="text-sm text-slate-600 tabular-nums dark:text-slate-300" data-testid="match-count">
      {filtering ? `${formatCount(matching)} of ${pluralize(total, "event")}` : pluralize(total, "event")}
    </p>
  );
}
