/**
 * Events in timeline order: by day, then id. The viewer's worker sorts a file's events
 * with this, and the pipeline sorts the same way when it writes the columns file, so both
 * give the same positions.
 */
import type { TimelineEvent } from "../contract";

/** What sorting needs of an event. */
export type Datable = Pick<TimelineEvent, "id" | "date" | "dateEnd">;

/** The sorted events with their time columns. */
export interface SortedEvents<E extends Datable = TimelineEvent> {
  events: E[];
  start: Float64Array;
  end: Float64Array;
  extent: [number, number];
}

const DAY_MS = 86_400_000;

/** The number written by the digits of `text` from `from` to `to`, or NaN if one is no digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

/** Midnight UTC of a YYYY-MM-DD date; NaN for anything else (the check names those). */
export function dayStart(isoDate: string): number {
  // Reading the digits is several times faster than Date.parse, which shows at a million
  // events; years before 100 go through Date.parse, as Date.UTC would read them as 19xx.
  const year = isoDate.length === 10 && isoDate[4] === "-" && isoDate[7] === "-" ? digits(isoDate, 0, 4) : NaN;
  if (!(year >= 100)) return Date.parse(`${isoDate}T00:00:00Z`);
  const month = digits(isoDate, 5, 7);
  const day = digits(isoDate, 8, 10);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return NaN;
  return Date.UTC(year, month - 1, day);
}

/**
 * Positions ordered by day, then id. Days are whole numbers, so day·n + position is a
 * distinct number per event, and a typed-array sort without a comparator orders them by
 * day; only runs of one day are then sorted by id. At 100,000 events this is several
 * times faster than one comparator sort over all positions.
 */
export function dateOrder(dayStarts: Float64Array, idOf: (i: number) => string): Uint32Array {
  const n = dayStarts.length;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (dayStarts[i]! / DAY_MS) * n + i;
  packed.sort();
  const order = new Uint32Array(n);
  // A modulo that stays positive for days before 1970.
  for (let i = 0; i < n; i++) order[i] = packed[i]! - Math.floor(packed[i]! / n) * n;
  const byId = (a: number, b: number) => {
    const ia = idOf(a);
    const ib = idOf(b);
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && dayStarts[order[to]!] === dayStarts[order[from]!]) to++;
    if (to - from > 1) order.subarray(from, to).sort(byId);
    from = to;
  }
  return order;
}

export function sortEvents<E extends Datable>(input: readonly E[], now = Date.now()): SortedEvents<E> {
  const n = input.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = dayStart(input[i]!.date);
  const order = dateOrder(keys, (i) => input[i]!.id);
  const events = new Array<E>(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const event = input[order[i]!]!;
    events[i] = event;
    start[i] = keys[order[i]!]!;
    end[i] = (event.dateEnd ? dayStart(event.dateEnd) : start[i]!) + DAY_MS;
    if (start[i]! < min) min = start[i]!;
    if (end[i]! > max) max = end[i]!;
  }
  return { events, start, end, extent: n ? [min, max] : [now, now] };
}
