/**
 * How many events each filter choice would give. Counts honour the *other* filters but
 * not their own (the usual faceted-search rule): with "Lavrov" ticked, the other actors
 * still show how many events they would add, and the type filter's counts follow the
 * actor and text filters. Memoised on the filter values each count depends on.
 */
import type { EventIndex } from "../data/eventIndex";
import type { Filters } from "../store/filterSlice";
import { compileMatcher } from "./eventMatcher";
import { getFilterColumns, SUBTYPE_CODES } from "./filterColumns";

export function countByActor(index: EventIndex, filters: Filters): Map<string, number> {
  const matches = compileMatcher(index, filters, { ignoreActors: true });
  const { offsets, refs, actorIds } = getFilterColumns(index);
  const counts = new Uint32Array(actorIds.length);
  for (let i = 0, n = index.events.length; i < n; i++) {
    if (matches && !matches(i)) continue;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) counts[refs[k]!]!++;
  }
  const result = new Map<string, number>();
  counts.forEach((count, number) => count > 0 && result.set(actorIds[number]!, count));
  return result;
}

export function countBySubtype(index: EventIndex, filters: Filters): Map<string, number> {
  const matches = compileMatcher(index, filters, { ignoreSubtypes: true });
  const { subtype } = getFilterColumns(index);
  const counts = new Uint32Array(SUBTYPE_CODES.length);
  for (let i = 0, n = index.events.length; i < n; i++) if (!matches || matches(i)) counts[subtype[i]!]!++;
  const result = new Map<string, number>();
  counts.forEach((count, code) => count > 0 && result.set(SUBTYPE_CODES[code]!, count));
  return result;
}

/** Remembers the last result per count while its inputs keep their identity. */
function memoOn<K extends readonly unknown[], R>(compute: (...keys: K) => R): (...keys: K) => R {
  let lastKeys: K | null = null;
  let lastResult: R;
  return (...keys) => {
    if (!lastKeys || keys.some((key, i) => key !== lastKeys![i])) {
      lastResult = compute(...keys);
      lastKeys = keys;
    }
    return lastResult;
  };
}

const actorCounts = memoOn((index: EventIndex, subtypes: Filters["subtypes"], query: string) =>
  countByActor(index, { actorIds: [], subtypes, query }),
);
const subtypeCounts = memoOn((index: EventIndex, actorIds: Filters["actorIds"], query: string) =>
  countBySubtype(index, { actorIds, subtypes: [], query }),
);

export function getActorCounts(index: EventIndex, filters: Filters): Map<string, number> {
  return actorCounts(index, filters.subtypes, filters.query);
}

export function getSubtypeCounts(index: EventIndex, filters: Filters): Map<string, number> {
  return subtypeCounts(index, filters.actorIds, filters.query);
}
