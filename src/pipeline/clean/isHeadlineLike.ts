import { isSpace } from "../text/paragraphSpans";

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

/**
 * The number of words: runs of non-space characters that hold a letter or digit
 * ("—" and "|" are not words). Counted by hand: it runs on every paragraph several times.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isWordCode(code, text[i]!)) {
      count++;
      counted = true;
    }
  }
  return count;
}

function isWordCode(code: number, ch: string): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return /[\p{L}\p{N}]/u.test(ch);
}
