/**
 * The events that pass the filters, as ascending positions into `index.events` (so still
 * sorted by date). The timeline calls this every frame: the result is memoised on the
 * identity of the index and of the filters object, which the store replaces on each change.
 */
import type { EventIndex } from "../data/eventIndex";
import type { AppState } from "../store";
import type { Filters } from "../store/filterSlice";
import { compileMatcher } from "./eventMatcher";

const EMPTY = new Uint32Array(0);

export function filterIndices(index: EventIndex, filters: Filters): Uint32Array {
  const n = index.events.length;
  const matches = compileMatcher(index, filters);
  if (!matches) return allPositions(n);
  const out = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (matches(i)) out[count++] = i;
  return out.slice(0, count);
}

function allPositions(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

let lastIndex: EventIndex | null = null;
let lastFilters: Filters | null = null;
let lastResult: Uint32Array = EMPTY;

export function getFilteredIndices(state: Pick<AppState, "index" | "filters">): Uint32Array {
  const { index, filters } = state;
  if (!index) return EMPTY;
  if (index !== lastIndex || filters !== lastFilters) {
    lastResult = filterIndices(index, filters);
    lastIndex = index;
    lastFilters = filters;
  }
  return lastResult;
}
