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

export function summariseText<Ref>(text: string, ref: Ref): TextSummary<Ref> {
  return { ref, length: text.length, id: articleId(text), fallbackTitle: fallbackTitle(text) };
}

/**
 * Makes one article of the copies of a story. The text is the cleanest copy's (least
 * chrome removed, then the longest, then the first file name): a clean copy beats a
 * page capture. Metadata comes from that copy, gaps filled from the others in file
 * order. The id hashes the normalised words of the chosen text, so it does not depend
 * on file names or on the order files were read in.
 */
export function toCorpusArticle<Ref>(copies: readonly StoryCopy<Ref>[]): ArticleEntry<Ref> {
  if (copies.length === 0) throw new Error("toCorpusArticle needs at least one copy");
  const byFile = [...copies].sort((a, b) => compareText(a.document.file, b.document.file));
  const best = [...byFile].sort((a, b) => a.droppedShare - b.droppedShare || b.text.length - a.text.length)[0]!;
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
