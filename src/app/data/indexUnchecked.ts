import type { EventFile, TimelineEvent } from "../../model";
import { buildColumns, type EventColumns } from "../../model/columns/eventColumns";
import { sortEvents } from "../../model/columns/sortEvents";

/**
 * Sorts the events and builds the columns of a file not checked yet, or null when its
 * shape is too far off to index (the check then says what is wrong).
 */
export function indexUnchecked(json: unknown): { events: TimelineEvent[]; columns: EventColumns; meta: Omit<EventFile, "events"> } | null {
  try {
    const { events, ...meta } = json as EventFile;
    if (!Array.isArray(events) || !Array.isArray(meta.actors)) return null;
    const sorted = sortEvents(events);
    return { events: sorted.events, columns: buildColumns(sorted, meta.actors), meta };
  } catch {
    return null;
  }
}
