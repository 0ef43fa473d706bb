/**
 * The loaded event file, indexed for drawing and filtering. Events are sorted by date
 * (then id) once, so every consumer can cull a time window by binary search and refer
 * to an event by its position. The sort runs in the parse worker (`sortEvents`); the
 * main thread only builds the lookup maps (`assembleIndex`).
 */
import type { Actor, Article, EventFile, TimelineEvent } from "../../model";
import { buildColumns, type EventColumns } from "./eventColumns";

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

/** What the worker computes and hands over: the sorted events with their time columns. */
export interface SortedEvents {
  events: TimelineEvent[];
  start: Float64Array;
  end: Float64Array;
  extent: [number, number];
}

const DAY_MS = 86_400_000;

export function dayStart(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

export function sortEvents(input: readonly TimelineEvent[], now = Date.now()): SortedEvents {
  // Sorting positions by a numeric key is several times faster than comparing date strings.
  const n = input.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = dayStart(input[i]!.date);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const d = keys[a]! - keys[b]!;
    if (d !== 0) return d;
    const ia = input[a]!.id;
    const ib = input[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const events = new Array<TimelineEvent>(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const event = input[order[i]!]!;
    events[i] = event;
    start[i] = keys[order[i]!]!;
    end[i] = (event.dateEnd ? dayStart(event.dateEnd) : start[i]!) + DAY_MS;
    if (start[i]! < min) min = start[i]!;
    if (end[i]! > max) max = end[i]!;
  }
  return { events, start, end, extent: n ? [min, max] : [now, now] };
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
