import type { Span } from "../types";
import { isSpace } from "../text/paragraphSpans";

/** A source span of a paragraph; lines of a hard-wrapped paragraph are joined by a space. */
export interface Part extends Span {
  spaceBefore: boolean;
}

/** A paragraph candidate: one line, or the lines of a block when the file is hard-wrapped. */
export interface Paragraph {
  /** The source spans it is made of, in order. */
  parts: Part[];
  /** Its text, invisible characters (zero-width spaces, soft hyphens) removed. */
  text: string;
  /** Index of the blank-line-separated block it belongs to. */
  block: number;
}

/** Zero-width spaces and joiners, word joiner, BOM, soft hyphen: they break words apart. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Plain-text wire copy is wrapped at 60–80 columns; article paragraphs are longer. */
const MAX_WRAP_WIDTH = 120;

/**
 * Splits space-normalised text into paragraphs with their source spans. Lines are
 * paragraphs (scraped pages put one per line, blank or not between them) unless the
 * file is hard-wrapped, in which case each blank-line-separated block is one paragraph.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const blocks = lineBlocks(text);
  const wrapped = isHardWrapped(text, blocks);
  const paragraphs: Paragraph[] = [];
  blocks.forEach((lines, block) => {
    const groups = wrapped ? [lines] : lines.map((line) => [line]);
    for (const group of groups) {
      const parts = group.flatMap((line, i) => visibleParts(text, line, i > 0));
      if (parts.length === 0) continue;
      const joined = parts.map((p) => (p.spaceBefore ? " " : "") + text.slice(p.start, p.end)).join("");
      paragraphs.push({ parts, text: joined, block });
    }
  });
  return paragraphs;
}

/** Trimmed non-blank lines grouped into blocks separated by blank lines. */
function lineBlocks(text: string): Span[][] {
  const blocks: Span[][] = [];
  let current: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = trim(text, lineStart, lineEnd);
    if (line) current.push(line);
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Hard-wrapped when no line is longer than a wrap width and most lines that continue a
 * block fill most of that width: a scraped page's one-line paragraphs vary far more.
 */
function isHardWrapped(text: string, blocks: readonly Span[][]): boolean {
  const lengths = blocks.flat().map((line) => line.end - line.start);
  const width = Math.max(0, ...lengths);
  if (width > MAX_WRAP_WIDTH) return false;
  const continued = blocks.flatMap((lines) => lines.slice(0, -1));
  if (continued.length < 2) return false;
  const full = continued.filter((line) => line.end - line.start >= 0.6 * width).length;
  return full / continued.length >= 0.8;
}

function visibleParts(text: string, line: Span, continuesParagraph: boolean): Part[] {
  const parts: Part[] = [];
  const push = (start: number, end: number) =>
    parts.push({ start, end, spaceBefore: continuesParagraph && parts.length === 0 });
  let start = line.start;
  for (const match of text.slice(line.start, line.end).matchAll(INVISIBLE)) {
    const at = line.start + match.index;
    if (at > start) push(start, at);
    start = at + 1;
  }
  if (line.end > start) push(start, line.end);
  return parts;
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}
