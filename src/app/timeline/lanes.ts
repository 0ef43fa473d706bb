/**
 * Lane assignment: which horizontal lanes exist and which events each one shows.
 * Grouping by country puts persons in their country's lane; grouping by actor gives
 * each actor its own lane. An event appears in the lane of every agent (see
 * `eventAgents`), so a joint veto by Russia and China shows in both; events with no
 * placeable agent go to "Other".
 */
import type { Actor } from "../../model";
import { isVetoCode, type EventColumns } from "../../model/columns/eventColumns";
import { countryName } from "../format/countryName";
import type { GroupBy } from "../store/viewSlice";
import { DAY_MS } from "./timeWindow";

export interface Lane {
  key: string;
  label: string;
  /** Event positions (into the sorted events), ascending, hence date-sorted. */
  pos: Uint32Array;
  /**
   * Where each event is drawn (UTC ms). Events only have a day, so the k-th of m events
   * sharing a day in this lane sits at (k + 0.5)/m of that day: they separate when you
   * zoom into the day instead of piling up on one pixel. Ascending, like `pos`.
   */
  t: Float64Array;
  /** vetoCum[i] = vetoes among the first i events: a cluster's veto count in O(1). */
  vetoCum: Uint32Array;
  /** Longest (end − t) in the lane: how far back to look for ranges reaching into a window. */
  maxSpan: number;
  /** The "Other" lane: events with no known country or actor. */
  other: boolean;
}

export const OTHER_KEY = "~other";

function countryOf(actor: Actor): string | undefined {
  return actor.country ?? (actor.kind === "country" ? actor.id : undefined);
}

/** Country names from the file's own country actors ("RUS" → "Russia"); see `laneLabel` for the rest. */
function countryNames(actors: Actor[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const actor of actors) {
    const code = countryOf(actor);
    if (actor.kind === "country" && code) names.set(code, actor.name);
  }
  return names;
}

function buildLane(columns: EventColumns, key: string, label: string, positions: ArrayLike<number>, other: boolean): Lane {
  const { start, end, kind } = columns;
  const n = positions.length;
  const pos = Uint32Array.from(positions);
  const t = new Float64Array(n);
  const vetoCum = new Uint32Array(n + 1);
  let maxSpan = 0;
  let runStart = 0;
  for (let i = 0; i <= n; i++) {
    // Close a run of events that share a start day: spread them over that day.
    if (i === n || (i > runStart && start[pos[i]!] !== start[pos[runStart]!])) {
      const m = i - runStart;
      for (let k = 0; k < m; k++) {
        const p = pos[runStart + k]!;
        t[runStart + k] = start[p]! + (DAY_MS * (k + 0.5)) / m;
        maxSpan = Math.max(maxSpan, end[p]! - t[runStart + k]!);
      }
      runStart = i;
    }
    if (i < n) vetoCum[i + 1] = vetoCum[i]! + (isVetoCode(kind[pos[i]!]!) ? 1 : 0);
  }
  return { key, label, pos, t, vetoCum, maxSpan, other };
}

/** The lanes for the given events (`positions` ascending), biggest first, "Other" last. */
export function buildLanes(columns: EventColumns, positions: ArrayLike<number>, groupBy: GroupBy): Lane[] {
  const { actors, agents, agentOffsets } = columns;
  // Lane of each actor, computed once: an index into `keys`, or -1 when it has none.
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const laneOfActor = actors.map((actor) => {
    const key = groupBy === "country" ? countryOf(actor) : actor.id;
    if (key === undefined) return -1;
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = keys.length;
      keys.push(key);
      keyIndex.set(key, k);
    }
    return k;
  });
  const other = keys.length;
  const members: number[][] = Array.from({ length: keys.length + 1 }, () => []);
  const seen = new Int32Array(keys.length + 1).fill(-1);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    let placed = false;
    for (let a = agentOffsets[p]!; a < agentOffsets[p + 1]!; a++) {
      const k = laneOfActor[agents[a]!]!;
      // `seen` dedupes (Medvedev and Russia are one lane when grouping by country).
      if (k >= 0 && seen[k] !== p) {
        seen[k] = p;
        members[k]!.push(p);
        placed = true;
      }
    }
    if (!placed) members[other]!.push(p);
  }
  const names = groupBy === "country" ? countryNames(actors) : new Map(actors.map((a) => [a.id, a.name]));
  const lanes: Lane[] = [];
  members.forEach((list, k) => {
    if (!list.length) return;
    const isOther = k === other;
    const key = isOther ? OTHER_KEY : keys[k]!;
    const countryFallback = groupBy === "country" ? countryName(key) : null;
    const label = isOther ? "Other" : (names.get(key) ?? countryFallback ?? key);
    lanes.push(buildLane(columns, key, label, list, isOther));
  });
  return lanes.sort(
    (a, b) => Number(a.other) - Number(b.other) || b.pos.length - a.pos.length || a.label.localeCompare(b.label),
  );
}
