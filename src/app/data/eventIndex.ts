/**
 * The loaded event file, indexed for drawing and filtering. Events are sorted by date
 * (then id) once, so every consumer can cull a time window by binary search and refer
 * to an event by its position. The sort runs in the parse worker (`sortEvents`); the
 * main thread only builds the lookup maps (`assembleIndex`).
 */
import type { Actor, Article, EventFile, TimelineEvent } from "../../model";
import { buildColumns, type EventColumns } from "../../model/columns/eventColumns";
import { sortEvents } from "../../model/columns/sortEvents";

export interface EventIndex {
  file: EventFile;
  /** Events sorted by start date, then id. Position in this array = event index. */
  events: TimelineEvent[];
  /** Start of each event's day (UTC ms), parallel to `events`. */
  start: Float64Array;
  /** End of each event's uncertainty range (UTC ms, end of its last day), parallel to `events`. */
  end: Float64Array;
  byId: Map<string, number>;
  actors: Map<string, Actor>;
  articles: Map<string, Article>;
  /** Earliest start and latest end over all events; [now, now] when empty. */
  extent: [number, number];
  /** What the timeline draws from; `start` and `end` above are the same arrays. */
  columns: EventColumns;
}

/** Joins the worker's columns and the sorted events (sent separately) into the index. */
export function assembleIndex(file: Omit<EventFile, "events">, events: TimelineEvent[], columns: EventColumns): EventIndex {
  const byId = new Map<string, number>();
  events.forEach((event, i) => byId.set(event.id, i));
  return {
    file: { ...file, events },
    events,
    start: columns.start,
    end: columns.end,
    extent: columns.extent,
    columns,
    byId,
    actors: new Map(file.actors.map((actor) => [actor.id, actor])),
    articles: new Map(file.articles.map((article) => [article.id, article])),
  };
}

export function buildEventIndex(file: EventFile): EventIndex {
  const sorted = sortEvents(file.events);
  return assembleIndex(file, sorted.events, buildColumns(sorted, file.actors));
}
