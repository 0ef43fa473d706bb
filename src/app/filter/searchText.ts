/**
 * Text search over every event's quote, summary, actor names and evidence sentences
 * (which keep the article's spelling: "Sergei" finds the actor "Sergey"), folded (lower case,
 * no accents). The folded text is built lazily, the first time a query is typed, and
 * kept per index. It is stored as a few large strings (one per chunk of events) with
 * each event's start offset, not as one string per event: a million small strings kept
 * alive make the garbage collector crawl, while `indexOf` over large flat strings is
 * about as fast as memory can be read.
 */
import type { EventIndex } from "../data/eventIndex";
import { foldForSearch } from "./foldForSearch";

const CHUNK_EVENTS = 4096;
/** Separates fields and events; never part of a search term (see `queryTerms`). */
const SEPARATOR = "\u0001";

interface SearchText {
  chunks: string[];
  /** Start of event i's text within its chunk (chunk = i / CHUNK_EVENTS). */
  offsets: Int32Array;
}

const texts = new WeakMap<EventIndex, SearchText>();

function buildSearchText(index: EventIndex): SearchText {
  const { events } = index;
  const foldedNames = new Map<string, string>();
  const nameOf = (id: string) => {
    let name = foldedNames.get(id);
    if (name === undefined) {
      name = foldForSearch(index.actors.get(id)?.name ?? id);
      foldedNames.set(id, name);
    }
    return name;
  };
  const offsets = new Int32Array(events.length);
  const chunks: string[] = [];
  for (let first = 0; first < events.length; first += CHUNK_EVENTS) {
    const parts: string[] = [];
    let length = 0;
    for (let i = first; i < Math.min(first + CHUNK_EVENTS, events.length); i++) {
      const event = events[i]!;
      offsets[i] = length;
      let part = foldForSearch(event.text + SEPARATOR + event.summary);
      for (const actor of event.actors) part += SEPARATOR + nameOf(actor.id);
      for (const evidence of event.evidence) if (evidence.sentence !== event.text) part += SEPARATOR + foldForSearch(evidence.sentence);
      parts.push(part);
      length += part.length + SEPARATOR.length;
    }
    chunks.push(parts.join(SEPARATOR) + SEPARATOR);
  }
  return { chunks, offsets };
}

function getSearchText(index: EventIndex): SearchText {
  let text = texts.get(index);
  if (!text) {
    text = buildSearchText(index);
    texts.set(index, text);
  }
  return text;
}

/** Last event of the chunk starting at `first` whose text starts at or before `pos`. */
function eventAt(offsets: Int32Array, first: number, end: number, pos: number): number {
  let lo = first;
  let hi = end - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (offsets[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Marks (sets to 1) every event whose text contains `term`. */
function markTerm(index: EventIndex, term: string, hits: Uint8Array): void {
  const { chunks, offsets } = getSearchText(index);
  const n = index.events.length;
  chunks.forEach((chunk, c) => {
    const first = c * CHUNK_EVENTS;
    const end = Math.min(first + CHUNK_EVENTS, n);
    let pos = chunk.indexOf(term);
    while (pos >= 0) {
      const event = eventAt(offsets, first, end, pos);
      hits[event] = 1;
      // Skip the rest of this event: one hit is enough.
      const next = event + 1 < end ? offsets[event + 1]! : chunk.length;
      pos = chunk.indexOf(term, next);
    }
  });
}

let lastIndex: EventIndex | null = null;
let lastKey = "";
let lastMask: Uint8Array | null = null;

/** 1 for each event containing every term; memoised on the index and the terms. */
export function matchQuery(index: EventIndex, terms: readonly string[]): Uint8Array {
  const key = terms.join(SEPARATOR);
  if (index === lastIndex && key === lastKey && lastMask) return lastMask;
  const n = index.events.length;
  let mask: Uint8Array | null = null;
  for (const term of terms) {
    const hits = new Uint8Array(n);
    markTerm(index, term, hits);
    if (mask) for (let i = 0; i < n; i++) mask[i]! &= hits[i]!;
    else mask = hits;
  }
  lastIndex = index;
  lastKey = key;
  lastMask = mask ?? new Uint8Array(n).fill(1);
  return lastMask;
}
