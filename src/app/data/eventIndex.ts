/**
 * The loaded event file, indexed for drawing and filtering. Events are sorted by date
 * (then id) once, so every consumer can cull a time window by binary search and refer
 * to an event by its position. Built once per loaded file, off the React render path.
 */
import type { Actor, Article, EventFile, TimelineEvent } from "../../model";

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
}

const DAY_MS = 86_400_000;

export function dayStart(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

export function buildEventIndex(file: EventFile): EventIndex {
  const events = [...file.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const start = new Float64Array(events.length);
  const end = new Float64Array(events.length);
  const byId = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  events.forEach((event, i) => {
    start[i] = dayStart(event.date);
    end[i] = dayStart(event.dateEnd ?? event.date) + DAY_MS;
    byId.set(event.id, i);
    if (start[i]! < min) min = start[i]!;
    if (end[i]! > max) max = end[i]!;
  });
  const now = Date.now();
  return {
    file,
    events,
    start,
    end,
    byId,
    actors: new Map(file.actors.map((actor) => [actor.id, actor])),
    articles: new Map(file.articles.map((article) => [article.id, article])),
    extent: events.length ? [min, max] : [now, now],
  };
}
