/**
 * How many events each filter choice would give. Counts honour the *other* filters but
 * not their own (the usual faceted-search rule): with "Lavrov" ticked, the other actors
 * still show how many events they would add, and the type filter's counts follow the
 * actor and text filters. Memoised on the filter values each count depends on.
 */
import type { EventIndex } from "../data/eventIndex";
import type { Filters } from "../store/filterSlice";
import { compileMatcher } from "./eventMatcher";

export function countByActor(index: EventIndex, filters: Filters): Map<string, number> {
  const matches = compileMatcher(index, filters, { ignoreActors: true });
  const counts = new Map<string, number>();
  index.events.forEach((event, i) => {
    if (matches && !matches(i)) return;
    // An actor named twice in one event (speaker and target) still counts once.
    const seen = event.actors.length > 1 ? new Set<string>() : null;
    for (const { id } of event.actors) {
      if (seen) {
        if (seen.has(id)) continue;
        seen.add(id);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  });
  return counts;
}

export function countBySubtype(index: EventIndex, filters: Filters): Map<string, number> {
  const matches = compileMatcher(index, filters, { ignoreSubtypes: true });
  const counts = new Map<string, number>();
  index.events.forEach((event, i) => {
    if (matches && !matches(i)) return;
    counts.set(event.subtype, (counts.get(event.subtype) ?? 0) + 1);
  });
  return counts;
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
