import { wordCount } from "./isHeadlineLike";

/** A teaser's blurb is one short sentence or two. */
const MAX_BLURB_WORDS = 35;
/**
 * Words that tie a paragraph to the one before it, and datelines ("MUNICH (Sputnik) —",
 * "GENEVA, Feb 3 (Reuters) -") that open an article's own text: a blurb has neither.
 */
const CONTINUATION = /^(?:he|she|it|they|this|that|these|those|but|and|however|also|meanwhile|earlier|later|moreover|still|then|there)\b/i;
const DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,}(?:,[^—–\n]{0,40})?\s*(?:\([^)]{1,40}\))?\s*[—–-]/u;

/**
 * Whether the paragraph after a teaser headline is the teaser's blurb rather than
 * article text: short, not continuing the story, and not a quotation.
 */
export function isTeaserBlurb(text: string): boolean {
  return (
    wordCount(text) <= MAX_BLURB_WORDS &&
    !CONTINUATION.test(text) &&
    !DATELINE.test(text) &&
    !/["“”«»]/.test(text)
  );
}
