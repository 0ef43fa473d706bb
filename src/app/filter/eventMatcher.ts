/**
 * Turns the filters into a predicate over event positions. Filters combine with AND;
 * inside the actor filter and the type filter, choices combine with OR (an event matches
 * when any of its actors is selected, or its subtype is one of the selected ones).
 */
import type { EventIndex } from "../data/eventIndex";
import type { Filters } from "../store/filterSlice";
import { queryTerms } from "./foldText";
import { getSearchStrings } from "./searchStrings";

export type EventPredicate = (position: number) => boolean;

/** Filters a predicate leaves out; the counts next to each choice leave out their own filter. */
export interface MatcherOptions {
  ignoreActors?: boolean;
  ignoreSubtypes?: boolean;
}

export function hasActiveFilters(filters: Filters): boolean {
  return filters.actorIds.length > 0 || filters.subtypes.length > 0 || queryTerms(filters.query).length > 0;
}

/** Returns null when nothing is filtered, so callers can skip the scan. */
export function compileMatcher(index: EventIndex, filters: Filters, options: MatcherOptions = {}): EventPredicate | null {
  const { events } = index;
  const tests: EventPredicate[] = [];
  if (!options.ignoreActors && filters.actorIds.length > 0) {
    const wanted = new Set(filters.actorIds);
    tests.push((i) => events[i]!.actors.some((a) => wanted.has(a.id)));
  }
  if (!options.ignoreSubtypes && filters.subtypes.length > 0) {
    const wanted = new Set<string>(filters.subtypes);
    tests.push((i) => wanted.has(events[i]!.subtype));
  }
  const terms = queryTerms(filters.query);
  if (terms.length > 0) {
    const strings = getSearchStrings(index);
    tests.push((i) => {
      const haystack = strings[i]!;
      return terms.every((term) => haystack.includes(term));
    });
  }
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0]!;
  return (i) => tests.every((test) => test(i));
}
