import { useAppStore } from "../store";
import { ClearFiltersButton } from "./ClearFiltersButton";
import { EventGrid } from "./EventGrid";
import { useFilteredIndices } from "./useFilteredIndices";

/** The filtered events as a table under the timeline, or why there are none. */
export function ListView() {
  const index = useAppStore((s) => s.index);
  const filtered = useFilteredIndices();
  if (!index) return null;
  return (
    <section aria-labelledby="event-list-heading" className="flex flex-col gap-2 p-3">
      <h2 id="event-list-heading" className="text-base font-semibold">
        Events
      </h2>
      {filtered.length > 0 ? (
        <EventGrid index={index} filtered={filtered} />
      ) : index.events.length === 0 ? (
        <p className="text-sm">This file has no events.</p>
      ) : (
        <div role="status" className="flex flex-col items-start gap-2 rounded border border-dashed border-slate-300 p-4 text-sm dark:border-slate-700">
          <p>No events match these filters.</p>
          <ClearFiltersButton />
        </div>
      )}
    </section>
  );
}
