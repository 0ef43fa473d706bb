/**
 * The facts the filters test, as typed arrays built once per index (lazily, on the
 * first filter): each event's subtype as a small code, and its actors as numbers into
 * `actorIds`. Scanning these instead of the event objects keeps filtering and counting
 * a million events within a frame or two.
 */
import type { EventSubtype } from "../../model";
import type { EventIndex } from "../data/eventIndex";
import { ALL_SUBTYPES } from "../format/describeEventType";

export const SUBTYPE_CODES: readonly EventSubtype[] = ALL_SUBTYPES;

export interface FilterColumns {
  /** Index into SUBTYPE_CODES, per event. */
  subtype: Uint8Array;
  /** Actors of event i are refs[offsets[i] .. offsets[i + 1]), each distinct. */
  offsets: Uint32Array;
  refs: Uint32Array;
  /** Actor id per actor number. */
  actorIds: string[];
  actorNumber: Map<string, number>;
}

const cache = new WeakMap<EventIndex, FilterColumns>();

export function getFilterColumns(index: EventIndex): FilterColumns {
  let columns = cache.get(index);
  if (!columns) {
    columns = buildFilterColumns(index);
    cache.set(index, columns);
  }
  return columns;
}

function buildFilterColumns(index: EventIndex): FilterColumns {
  const { events } = index;
  const n = events.length;
  const subtypeCode = new Map(SUBTYPE_CODES.map((s, i) => [s, i]));
  const actorNumber = new Map<string, number>();
  const actorIds: string[] = [];
  const subtype = new Uint8Array(n);
  const offsets = new Uint32Array(n + 1);
  let total = 0;
  for (const event of events) total += event.actors.length;
  const refs = new Uint32Array(total);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    subtype[i] = subtypeCode.get(event.subtype) ?? 0;
    offsets[i] = k;
    const first = k;
    for (const { id } of event.actors) {
      let number = actorNumber.get(id);
      if (number === undefined) {
        number = actorIds.length;
        actorNumber.set(id, number);
        actorIds.push(id);
      }
      // An actor named twice in one event (speaker and target) is stored once.
      let seen = false;
      for (let j = first; j < k && !seen; j++) seen = refs[j] === number;
      if (!seen) refs[k++] = number;
    }
  }
  offsets[n] = k;
  return { subtype, offsets, refs: refs.slice(0, k), actorIds, actorNumber };
}
