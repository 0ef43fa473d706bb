/**
 * The hand-offs between pipeline stages. Each stage is a pure function from one of
 * these shapes to the next; only `corpus/` reads files and only `write/` writes them.
 *
 *   files ─ corpus/ ─► SourceDocument ─ dedupe/ ─► CorpusArticle
 *         ─ text/segment ─► Segmentation ─ actors/ ─► ActorRecognition
 *         ─ extract/ ─► ArticleExtraction ─ merge/ ─► TimelineEvent[] ─ write/ ─► events.json
 */
import type { Actor, TimelineEvent } from "../model";

/** One file of the input folder, decoded, stripped of markup and page chrome. */
export interface SourceDocument {
  /** File name relative to the input folder. */
  file: string;
  title: string | null;
  source: string | null;
  /** Already checked to be http(s); anything else is dropped with a warning. */
  url: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  language: string | null;
  /** Cleaned text, paragraphs separated by a blank line. Shown to users as is. */
  text: string;
  /** A dateline line dropped with the page header ("…, New York, March 17"), for dates only. */
  dateline?: string;
}

/** A story once duplicate files (raw capture and clean copy, syndicated copies) are one. */
export interface CorpusArticle {
  /** "a-" + a hash of content, stable across runs and corpus growth. */
  id: string;
  title: string;
  source: string;
  url: string | null;
  published: string | null;
  /** Every file that carried this story, sorted. */
  files: string[];
  /** The cleaned text of the best copy; evidence offsets point into it. */
  text: string;
  /** The best copy's dateline dropped with its header, if any: the day "tonight" means. */
  dateline?: string;
}

/** Offsets are UTF-16 indices into the article text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

/**
 * A paired quotation. `start`/`end` cover the words between the marks; `open`/`close`
 * are the offsets of the marks themselves. A quotation may span several sentences.
 */
export interface Quote extends Span {
  open: number;
  close: number;
}

export interface Segmentation {
  sentences: Sentence[];
  quotes: Quote[];
}

/** A place in the text that names an actor. */
export interface Mention extends Span {
  actorId: string;
  /** How it was recognised: a dictionary name or alias, a name pattern in the text, or a metonym. */
  via: "dictionary" | "pattern" | "metonym";
}

export interface ActorRecognition {
  /** Sorted by start; non-overlapping (the longest match wins). */
  mentions: Mention[];
  /** Every actor that a mention points to, with roles and country when known. */
  actors: Actor[];
}

/** An event before merging across articles gives it its stable id. */
export type DraftEvent = Omit<TimelineEvent, "id">;

export interface ArticleExtraction {
  events: DraftEvent[];
  actors: Actor[];
  /** Problems worth a warning line ("no publication date: 3 events undated"). */
  warnings: string[];
}
