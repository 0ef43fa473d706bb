import type { Paragraph } from "./splitParagraphs";
import { isChrome } from "./isChrome";
import { isHeadlineLike, wordCount } from "./isHeadlineLike";

/** A headline sits near the top of a page capture, under at most a few menus. */
const SEARCH_DEPTH = 15;
/** Shorter lines near the top are section labels and site names ("Russia", "- Sputnik"). */
const MIN_TITLE_WORDS = 4;
/** A paragraph this long is article text: a headline found after it is a teaser. */
const BODY_WORDS = 25;

/**
 * The index of the paragraph that is the article's headline, or -1; everything above it
 * is page header. With a known title (from the manifest or the page's metadata) it is
 * the line that says the same, above any paragraph long enough to be article text (a
 * site's tagline may stand above it). Without, it is the first headline-like line of a
 * few words, with nothing but other headline-like lines above it: a guessed headline
 * must not cost the lede.
 */
export function findTitleLine(paragraphs: readonly Paragraph[], knownTitle: string | null): number {
  const wanted = knownTitle === null ? null : comparable(knownTitle) || null;
  for (const [i, p] of paragraphs.slice(0, SEARCH_DEPTH).entries()) {
    if (wanted !== null) {
      if (comparable(p.text) === wanted) return i;
      if (wordCount(p.text) >= BODY_WORDS) return -1;
      continue;
    }
    if (!isHeadlineLike(p.text)) return -1;
    if (wordCount(p.text) >= MIN_TITLE_WORDS && !isChrome(p.text)) return i;
  }
  return -1;
}

/** Letters and digits only, lower case: headlines differ in quotes and dashes between copies. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
