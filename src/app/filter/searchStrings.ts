/**
 * One folded search string per event (quote, summary, actor names), built lazily the first
 * time a query is typed and then kept for as long as the index lives. WeakMap: a newly
 * loaded file drops the old strings with its index.
 */
import type { EventIndex } from "../data/eventIndex";
import { foldText } from "./foldText";

const cache = new WeakMap<EventIndex, string[]>();

/** Separates fields so a term cannot match across the end of one and the start of the next. */
const FIELD_SEPARATOR = "\n";

export function getSearchStrings(index: EventIndex): string[] {
  let strings = cache.get(index);
  if (!strings) {
    const actorNames = new Map<string, string>();
    for (const [id, actor] of index.actors) actorNames.set(id, actor.name);
    strings = index.events.map((event) => {
      const names = event.actors.map((a) => actorNames.get(a.id) ?? a.id);
      return foldText([event.text, event.summary, ...names].join(FIELD_SEPARATOR));
    });
    cache.set(index, strings);
  }
  return strings;
}
