/** Headlines, captions, section labels and menu items are short; paragraphs missing a stop are not. */
const MAX_HEADLINE_WORDS = 25;
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const ENDS_LIKE_SENTENCE = /[.!?…:;]["'”’»)\]]*$/;

/**
 * Whether a paragraph reads as a headline rather than body text: short and without
 * sentence-final punctuation. Body paragraphs of news copy end in a stop; headlines,
 * photo captions ("Sergei Lavrov - Sputnik International"), teaser links and
 * navigation do not.
 */
export function isHeadlineLike(text: string): boolean {
  if (ENDS_LIKE_SENTENCE.test(text)) return false;
  return wordCount(text) <= MAX_HEADLINE_WORDS;
}

export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}
