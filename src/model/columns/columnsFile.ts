/**
 * The columns file: the event file's timeline columns (see eventColumns) in binary, written
 * by the pipeline next to the event file (`events.json` → `events.columns.bin`). The viewer
 * draws its first frame from it while the event file, a hundred times larger, is still
 * downloading and parsing; at 100,000 events that is the difference between well under a
 * second and about one. The event file stays the source of truth: the viewer ignores a
 * columns file made for a file of another size, and replaces the drawing should the
 * columns it builds from the event file differ.
 *
 * Layout, little-endian: the 8 bytes "DTCOLS01"; a u32 header length; the header as UTF-8
 * JSON (count, agent count, extent, actors, the event file's byte length); zero padding to
 * a multiple of 8; then start and end (float64 × count), agentOffsets (u32 × count + 1),
 * agents (u32 × agent count) and kind (u8 × count).
 */
import type { Actor } from "../contract";
import type { EventColumns } from "./eventColumns";

const MAGIC = "DTCOLS01";

interface Header {
  count: number;
  agents: number;
  extent: [number, number];
  actors: Actor[];
  /** Byte length of the event file these columns were built from. */
  eventsBytes: number;
}

/** Where the columns file of an event file lives: `.json` becomes `.columns.bin`. */
export function columnsPathFor(eventsPath: string): string {
  return `${eventsPath.replace(/\.json$/i, "")}.columns.bin`;
}

export function encodeColumnsFile(columns: EventColumns, eventsBytes: number): Uint8Array {
  const header: Header = {
    count: columns.count,
    agents: columns.agents.length,
    extent: columns.extent,
    actors: columns.actors,
    eventsBytes,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = align8(MAGIC.length + 4 + headerBytes.length);
  const n = columns.count;
  const size = dataStart + 16 * n + 4 * (n + 1) + 4 * columns.agents.length + n;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(MAGIC.length, headerBytes.length, true);
  bytes.set(headerBytes, MAGIC.length + 4);
  let at = dataStart;
  for (const array of [columns.start, columns.end]) {
    for (let i = 0; i < n; i++, at += 8) view.setFloat64(at, array[i]!, true);
  }
  for (const array of [columns.agentOffsets, columns.agents]) {
    for (let i = 0; i < array.length; i++, at += 4) view.setUint32(at, array[i]!, true);
  }
  bytes.set(columns.kind, at);
  return bytes;
}

export type DecodedColumns = { ok: true; columns: EventColumns; eventsBytes: number } | { ok: false; problem: string };

/** Reads a columns file; anything that is not one, or is cut short, gives the problem instead. */
export function decodeColumnsFile(buffer: ArrayBuffer): DecodedColumns {
  const fail = (problem: string): DecodedColumns => ({ ok: false, problem });
  const bytes = new Uint8Array(buffer);
  if (bytes.length < MAGIC.length + 4 || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) {
    return fail("not a columns file");
  }
  const view = new DataView(buffer);
  const headerLength = view.getUint32(MAGIC.length, true);
  const headerEnd = MAGIC.length + 4 + headerLength;
  if (headerEnd > bytes.length) return fail("cut short in its header");
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, headerEnd))) as Header;
  } catch {
    return fail("its header is not JSON");
  }
  const n = header.count;
  const m = header.agents;
  const counts = [n, m, header.eventsBytes].every((x) => Number.isInteger(x) && x >= 0);
  // A light check (the worker reads this before the contract's schemas have loaded): the
  // actors are only drawn as text, and the columns built from the event file replace these.
  const actors = Array.isArray(header.actors) && header.actors.every((a) => typeof a?.id === "string" && typeof a.name === "string");
  if (!counts || !actors || !Array.isArray(header.extent) || header.extent.length !== 2) {
    return fail("its header does not describe columns");
  }
  const dataStart = align8(headerEnd);
  if (bytes.length !== dataStart + 16 * n + 4 * (n + 1) + 4 * m + n) return fail("its length does not match its header");
  // Copies, not views: each column gets a buffer of its own, so each can be transferred.
  let at = dataStart;
  const take = <T>(make: (source: ArrayBuffer) => T, length: number, width: number): T => {
    const column = make(buffer.slice(at, at + length * width));
    at += length * width;
    return column;
  };
  const start = take((b) => new Float64Array(b), n, 8);
  const end = take((b) => new Float64Array(b), n, 8);
  const agentOffsets = take((b) => new Uint32Array(b), n + 1, 4);
  const agents = take((b) => new Uint32Array(b), m, 4);
  const kind = take((b) => new Uint8Array(b), n, 1);
  if (agentOffsets[n] !== m || agents.some((a) => a >= header.actors.length)) return fail("its agents point outside its actors");
  for (let i = 0; i < n; i++) {
    // The timeline binary-searches these: unordered or missing dates would draw nonsense.
    if (!(agentOffsets[i]! <= agentOffsets[i + 1]!)) return fail("its agent offsets go backwards");
    if (!(start[i]! <= end[i]!) || (i > 0 && !(start[i - 1]! <= start[i]!))) return fail("its dates are not in order");
  }
  if (!header.extent.every(Number.isFinite)) return fail("its header does not describe columns");
  const columns = { count: n, start, end, kind, agentOffsets, agents, actors: header.actors, extent: header.extent };
  return { ok: true, columns, eventsBytes: header.eventsBytes };
}

/** Whether two sets of columns draw the same timeline (the extent of no events is arbitrary). */
export function sameColumns(a: EventColumns, b: EventColumns): boolean {
  const same = (x: ArrayLike<number>, y: ArrayLike<number>) => {
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  };
  return (
    a.count === b.count &&
    same(a.start, b.start) &&
    same(a.end, b.end) &&
    same(a.kind, b.kind) &&
    same(a.agentOffsets, b.agentOffsets) &&
    same(a.agents, b.agents) &&
    JSON.stringify(a.actors) === JSON.stringify(b.actors) &&
    (a.count === 0 || (a.extent[0] === b.extent[0] && a.extent[1] === b.extent[1]))
  );
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
