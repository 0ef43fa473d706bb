import { createHash } from "node:crypto";
import type { CorpusArticle, SourceDocument } from "../types";
import { normalisedWords } from "./normalisedWords";

/**
 * What choosing among copies needs of a text, computed where the text is (a worker), so
 * the text itself can wait on disk: `ref` says where. With `Ref = string` it is the text.
 */
export interface TextSummary<Ref> {
  ref: Ref;
  /** UTF-16 length: among equally clean copies the longest wins. */
  length: number;
  /** Characters in paragraphs of article prose (see PROSE_WORDS): what a cut copy has less of. */
  prose: number;
  /** The article id this text would give (see articleId). */
  id: string;
  /** The title an article with this text gets when no copy has one. */
  fallbackTitle: string;
}

/** One file of a story: its metadata, how much page chrome its cleaning removed, its text. */
export interface StoryCopy<Ref> {
  document: Omit<SourceDocument, "text">;
  droppedShare: number;
  text: TextSummary<Ref>;
}

/** A CorpusArticle whose text is wherever `Ref` points. */
export type ArticleEntry<Ref> = Omit<CorpusArticle, "text"> & { text: Ref };

const MAX_FALLBACK_TITLE = 90;
/** Menus, buttons and bylines are a few words; a paragraph of ten or more counts as prose. */
const PROSE_WORDS = 10;
/**
 * How much more prose another copy must hold to beat the cleanest one. A tagline the
 * cleaner left in a page capture counts as prose too (seed 000: 5 % more than its clean
 * copy); a syndicated copy cut by a few paragraphs has 15 % less.
 */
const CUT_MARGIN = 0.1;

export function summariseText<Ref>(text: string, ref: Ref): TextSummary<Ref> {
  return { ref, length: text.length, prose: proseLength(text), id: articleId(text), fallbackTitle: fallbackTitle(text) };
}

function proseLength(text: string): number {
  return text
    .split(/\n+/)
    .filter((paragraph) => paragraph.split(/\s+/).length >= PROSE_WORDS)
    .reduce((sum, paragraph) => sum + paragraph.length, 0);
}

/**
 * Makes one article of the copies of a story. The text is the cleanest copy's (least
 * chrome removed, then the longest, then the first file name): a clean copy beats a
 * page capture. A copy with a tenth more prose than that wins, though: the clean copy
 * is a syndicated cut, and its text would lose the paragraphs only the other has. Metadata comes from that copy, gaps filled from the others in file
 * order. The id hashes the normalised words of the chosen text, so it does not depend
 * on file names or on the order files were read in.
 */
export function toCorpusArticle<Ref>(copies: readonly StoryCopy<Ref>[]): ArticleEntry<Ref> {
  if (copies.length === 0) throw new Error("toCorpusArticle needs at least one copy");
  const byFile = [...copies].sort((a, b) => compareText(a.document.file, b.document.file));
  const cleanest = [...byFile].sort((a, b) => a.droppedShare - b.droppedShare || b.text.length - a.text.length)[0]!;
  const fullest = [...byFile].sort((a, b) => b.text.prose - a.text.prose)[0]!;
  const best = fullest.text.prose > cleanest.text.prose * (1 + CUT_MARGIN) ? fullest : cleanest;
  const ordered = [best.document, ...byFile.map((c) => c.document).filter((d) => d !== best.document)];
  const first = <K extends "title" | "source" | "url" | "published">(key: K) =>
    ordered.map((d) => d[key]).find((value) => value !== null) ?? null;
  const url = first("url");
  return {
    id: best.text.id,
    title: first("title") ?? best.text.fallbackTitle,
    source: first("source") ?? (url ? new URL(url).hostname.replace(/^www\./, "") : "unknown source"),
    url,
    published: first("published"),
    files: byFile.map((c) => c.document.file),
    text: best.text.ref,
    ...(best.document.dateline ? { dateline: best.document.dateline } : {}),
  };
}

export function articleId(text: string): string {
  return `a-${createHash("sha256").update(normalisedWords(text).join(" ")).digest("hex").slice(0, 16)}`;
}

/** The first line, cut at a word near 90 characters: better than a file name in a list of sources. */
function fallbackTitle(text: string): string {
  const line = text.split("\n")[0]!;
  if (line.length <= MAX_FALLBACK_TITLE) return line;
  const cut = line.lastIndexOf(" ", MAX_FALLBACK_TITLE);
  return `${line.slice(0, cut > 0 ? cut : MAX_FALLBACK_TITLE)}…`;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
