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
    // Names repeat across events: fold each once.
    const foldedNames = new Map<string, string>();
    const nameOf = (id: string) => {
      let name = foldedNames.get(id);
      if (name === undefined) {
        name = foldText(index.actors.get(id)?.name ?? id);
        foldedNames.set(id, name);
      }
      return name;
    };
    strings = new Array<string>(index.events.length);
    index.events.forEach((event, i) => {
      let s = foldText(event.text + FIELD_SEPARATOR + event.summary);
      for (const actor of event.actors) s += FIELD_SEPARATOR + nameOf(actor.id);
      strings![i] = s;
    });
    cache.set(index, strings);
  }
  return strings;
}
