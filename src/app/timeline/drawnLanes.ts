/**
 * The lanes the timeline draws: the events passing the filters (all of them while the
 * event objects are still arriving and filters cannot run yet), grouped. Memoised on
 * the identities of their inputs, so pan and zoom frames reuse them and only a change
 * of data, filters or grouping rebuilds them.
 */
import { getFilteredIndices } from "../filter/filteredIndices";
import type { EventColumns } from "../../model/columns/eventColumns";
import type { AppState } from "../store";
import { buildLanes, type Lane } from "./lanes";

function memo<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (!lastArgs || args.some((arg, i) => arg !== lastArgs![i])) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}

const allPositions = memo((columns: EventColumns) => {
  const out = new Uint32Array(columns.count);
  for (let i = 0; i < out.length; i++) out[i] = i;
  return out;
});

export function drawnPositions(state: AppState): Uint32Array | null {
  if (!state.columns) return null;
  return state.index ? getFilteredIndices(state) : allPositions(state.columns);
}

const groupedLanes = memo(buildLanes);

export function drawnLanes(state: AppState): Lane[] {
  const positions = drawnPositions(state);
  if (!state.columns || !positions) return [];
  return groupedLanes(state.columns, positions, state.groupBy);
}
