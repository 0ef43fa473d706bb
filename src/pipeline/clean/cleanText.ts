import type { DropReason } from "./classifyParagraphs";
import { classifyParagraphs } from "./classifyParagraphs";
import { findTitleLine } from "./findTitleLine";
import { normaliseSpaces } from "./normaliseSpaces";
import type { MappedPiece, OffsetMap } from "./offsetMap";
import { splitParagraphs } from "./splitParagraphs";

export interface CleanedText {
  /** Article paragraphs separated by a blank line; what users see and offsets point into. */
  text: string;
  /** From offsets in `text` back to offsets in the source text. */
  map: OffsetMap;
  /** The headline found in the text, when it had one. */
  title: string | null;
  /** Share of the source's visible characters that was dropped: 0 for a clean copy. */
  droppedShare: number;
  /** How many paragraphs were dropped, by reason. */
  dropped: Partial<Record<DropReason, number>>;
  /**
   * A dropped line above the article that ends in a place and a day ("From Our Own
   * Correspondent, New York, March 17"): not article text, but the day the story was filed.
   */
  dateline: string | null;
}

/** "…, New York, March 17", "…, Geneva, 17 March": a place, a comma, a month and a day. */
const DATELINE_LINE =
  /\p{Lu}[\p{L}.'’-]*,\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)[\s*_]*$/u;

const PARAGRAPH_BREAK = "\n\n";

/**
 * Turns the plain text of a page capture into article text: odd spaces become plain
 * spaces, and page chrome, photo credits and captions, related-article teasers, lines
 * in another script and repeated paragraphs are dropped (see classifyParagraphs).
 * `knownTitle` (manifest or page metadata) helps find where the page header ends.
 */
export function cleanText(source: string, knownTitle: string | null): CleanedText {
  const normalised = normaliseSpaces(source);
  const paragraphs = splitParagraphs(normalised);
  const titleLine = findTitleLine(paragraphs, knownTitle);
  const reasons = classifyParagraphs(paragraphs, titleLine);

  const map: MappedPiece[] = [];
  const dropped: Partial<Record<DropReason, number>> = {};
  let text = "";
  let keptChars = 0;
  let allChars = 0;
  let dateline: string | null = null;
  paragraphs.forEach((paragraph, i) => {
    allChars += paragraph.text.length;
    const reason = reasons[i];
    if (reason) {
      dropped[reason] = (dropped[reason] ?? 0) + 1;
      if (!text && !dateline && DATELINE_LINE.test(paragraph.text.trim())) dateline = paragraph.text.trim();
      return;
    }
    if (text) text += PARAGRAPH_BREAK;
    for (const part of paragraph.parts) {
      if (part.spaceBefore) text += " ";
      map.push({ clean: text.length, source: part.start, length: part.end - part.start });
      text += normalised.slice(part.start, part.end);
    }
    keptChars += paragraph.text.length;
  });
  return {
    text,
    map,
    title: titleLine === -1 ? null : paragraphs[titleLine]!.text,
    droppedShare: allChars === 0 ? 0 : 1 - keptChars / allChars,
    dropped,
    dateline,
  };
}
