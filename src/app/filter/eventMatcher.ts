/**
 * Turns the filters into a predicate over event positions. Filters combine with AND;
 * inside the actor filter and the type filter, choices combine with OR (an event matches
 * when any of its actors is selected, or its subtype is one of the selected ones).
 */
import type { EventIndex } from "../data/eventIndex";
import type { Filters } from "../store/filterSlice";
import { getFilterColumns, SUBTYPE_CODES } from "./filterColumns";
import { queryTerms } from "./queryTerms";
import { matchQuery } from "./searchText";

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
  const useActors = !options.ignoreActors && filters.actorIds.length > 0;
  const useSubtypes = !options.ignoreSubtypes && filters.subtypes.length > 0;
  const terms = queryTerms(filters.query);
  if (!useActors && !useSubtypes && terms.length === 0) return null;

  const { subtype, offsets, refs, actorNumber, actorIds } = getFilterColumns(index);
  let actorMask: Uint8Array | null = null;
  if (useActors) {
    actorMask = new Uint8Array(actorIds.length);
    for (const id of filters.actorIds) {
      const number = actorNumber.get(id);
      if (number !== undefined) actorMask[number] = 1;
    }
  }
  let subtypeMask: Uint8Array | null = null;
  if (useSubtypes) {
    subtypeMask = new Uint8Array(SUBTYPE_CODES.length);
    filters.subtypes.forEach((s) => (subtypeMask![SUBTYPE_CODES.indexOf(s)] = 1));
  }
  const queryMask = terms.length > 0 ? matchQuery(index, terms) : null;

  return (i) => {
    if (subtypeMask && !subtypeMask[subtype[i]!]) return false;
    if (actorMask) {
      let any = false;
      for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
        if (actorMask[refs[k]!]) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return !queryMask || queryMask[i] === 1;
  };
}
