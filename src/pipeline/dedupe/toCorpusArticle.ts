import { createHash } from "node:crypto";
import type { CorpusArticle, SourceDocument } from "../types";
import { normalisedWords } from "./normalisedWords";

/** One file of a story, with how much page chrome its cleaning removed. */
export interface StoryCopy {
  document: SourceDocument;
  droppedShare: number;
}

const MAX_FALLBACK_TITLE = 90;

/**
 * Makes one article of the copies of a story. The text is the cleanest copy's (least
 * chrome removed, then the longest, then the first file name): a clean copy beats a
 * page capture. Metadata comes from that copy, gaps filled from the others in file
 * order. The id hashes the normalised words of the chosen text, so it does not depend
 * on file names or on the order files were read in.
 */
export function toCorpusArticle(copies: readonly StoryCopy[]): CorpusArticle {
  if (copies.length === 0) throw new Error("toCorpusArticle needs at least one copy");
  const byFile = [...copies].sort((a, b) => compareText(a.document.file, b.document.file));
  const best = [...byFile].sort(
    (a, b) => a.droppedShare - b.droppedShare || b.document.text.length - a.document.text.length,
  )[0]!.document;
  const ordered = [best, ...byFile.map((c) => c.document).filter((d) => d !== best)];
  const first = <K extends "title" | "source" | "url" | "published">(key: K) =>
    ordered.map((d) => d[key]).find((value) => value !== null) ?? null;
  const url = first("url");
  return {
    id: articleId(best.text),
    title: first("title") ?? fallbackTitle(best.text),
    source: first("source") ?? (url ? new URL(url).hostname.replace(/^www\./, "") : "unknown source"),
    url,
    published: first("published"),
    files: byFile.map((c) => c.document.file),
    text: best.text,
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
