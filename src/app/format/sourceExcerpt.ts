/**
 * The evidence sentence inside its article, with some context either side, as three
 * plain strings (before, sentence, after) for the panel to render as text nodes around
 * a <mark>. Offsets come from the file, so they are checked: when they do not point at
 * the sentence, the sentence is looked up in the text; when it cannot be found, only
 * the sentence is shown.
 */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** Whether text was left out before and after (the panel then offers the whole article). */
  cutStart: boolean;
  cutEnd: boolean;
}

/** Characters of context shown on each side of the sentence before expanding. */
export const CONTEXT_CHARS = 160;

const normalizeSpaces = (s: string) => s.replace(/\s+/g, " ").trim();

function locate(text: string, sentence: string, start: number, end: number): [number, number] | null {
  if (start >= 0 && end <= text.length && end > start) {
    const slice = text.slice(start, end);
    if (normalizeSpaces(slice) === normalizeSpaces(sentence) || !sentence) return [start, end];
  }
  const found = text.indexOf(sentence);
  return found >= 0 ? [found, found + sentence.length] : null;
}

/** Moves a cut to the nearest space outwards so words stay whole. */
function cutBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.lastIndexOf(" ", at);
  return space > 0 ? space + 1 : 0;
}

function cutAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.indexOf(" ", at);
  return space < 0 ? text.length : space;
}

export function sourceExcerpt(
  text: string | undefined,
  evidence: { sentence: string; start: number; end: number },
  context: number | "all" = CONTEXT_CHARS,
): Excerpt {
  const range = text ? locate(text, evidence.sentence, evidence.start, evidence.end) : null;
  if (!text || !range) return { before: "", match: evidence.sentence, after: "", cutStart: false, cutEnd: false };
  const [start, end] = range;
  const from = context === "all" ? 0 : cutBefore(text, start - context);
  const to = context === "all" ? text.length : cutAfter(text, end + context);
  return {
    before: text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to),
    cutStart: from > 0,
    cutEnd: to < text.length,
  };
}
