import type { Paragraph } from "./splitParagraphs";
import { comparable } from "./findTitleLine";
import { isChrome } from "./isChrome";
import { isHeadlineLike, wordCount } from "./isHeadlineLike";
import { isTeaserBlurb } from "./isTeaserBlurb";
import { writingScript } from "./writingScript";

/** Why a paragraph is left out of the cleaned text. */
export type DropReason = "header" | "headline" | "chrome" | "script" | "blurb" | "repeat";

/** Short repeated lines ("No.", "Thank you.") can legitimately recur in a transcript. */
const MIN_REPEAT_WORDS = 5;
/** A shortened copy of the next paragraph (a standfirst cut from the lede) is this long at least. */
const MIN_PREFIX_WORDS = 10;
/** "via Hurriyet Daily News." closing a syndicated copy. */
const SOURCE_LINE = /^(?:via|source|sources)\b/i;
const MAX_SOURCE_LINE_WORDS = 15;

/**
 * Decides which paragraphs of a page capture are article text. Returns, for each
 * paragraph, why it is dropped, or null to keep it. `titleLine` is the headline's
 * index (-1 if none): it and the page header above it go.
 */
export function classifyParagraphs(paragraphs: readonly Paragraph[], titleLine: number): (DropReason | null)[] {
  const script = writingScript(paragraphs.map((p) => p.text).join("\n"));
  const reasons = paragraphs.map((p, i): DropReason | null => {
    if (i <= titleLine) return "header";
    if (isChrome(p.text)) return "chrome";
    const own = writingScript(p.text);
    if (own !== null && own !== script) return "script";
    return isHeadlineLike(p.text) ? "headline" : null;
  });
  dropTeaserBlurbs(paragraphs, reasons);
  dropRepeats(paragraphs, reasons);
  dropClosingSourceLine(paragraphs, reasons);
  return reasons;
}

/**
 * A related-article teaser dropped between paragraphs is a headline with a one-line
 * blurb under it in the same block. Only after the article has started: above it, a
 * headline followed by a short paragraph is the article's own headline and lede.
 */
function dropTeaserBlurbs(paragraphs: readonly Paragraph[], reasons: (DropReason | null)[]): void {
  let started = false;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    if (reasons[i] === null) started = true;
    if (!started || reasons[i] !== "headline") continue;
    const blurb = paragraphs[i + 1]!;
    const endsBlock = paragraphs[i + 2]?.block !== blurb.block;
    if (blurb.block === paragraphs[i]!.block && endsBlock && reasons[i + 1] === null && isTeaserBlurb(blurb.text)) {
      reasons[i + 1] = "blurb";
    }
  }
}

/**
 * A lede printed twice (standfirst and first paragraph), or a standfirst that is the
 * lede cut short: the later full copy stays.
 */
function dropRepeats(paragraphs: readonly Paragraph[], reasons: (DropReason | null)[]): void {
  const seen = new Set<string>();
  let previous: { index: number; key: string; words: number } | null = null;
  for (const [i, p] of paragraphs.entries()) {
    if (reasons[i] !== null) continue;
    const key = comparable(p.text);
    const words = wordCount(p.text);
    if (words >= MIN_REPEAT_WORDS && seen.has(key)) {
      reasons[i] = "repeat";
      continue;
    }
    if (previous && previous.words >= MIN_PREFIX_WORDS && key.startsWith(previous.key) && key !== previous.key) {
      reasons[previous.index] = "repeat";
    }
    seen.add(key);
    previous = { index: i, key, words };
  }
}

function dropClosingSourceLine(paragraphs: readonly Paragraph[], reasons: (DropReason | null)[]): void {
  const last = reasons.lastIndexOf(null);
  const text = paragraphs[last]?.text;
  if (text !== undefined && SOURCE_LINE.test(text) && wordCount(text) <= MAX_SOURCE_LINE_WORDS) {
    reasons[last] = "chrome";
  }
}
