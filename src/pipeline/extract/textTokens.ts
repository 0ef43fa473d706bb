/**
 * Word-by-word walking from a position, left or right, as the attribution grammar
 * needs it. A whole quotation is one token, so a walk never looks inside quoted words.
 */
import type { ArticleView } from "./articleView";

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: "word" | "punct" | "quote";
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’.\-]/u;
const ABBREVIATION = /^(?:(?:\p{L}\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|Sen\.|Rep\.|Gov\.|Lt\.|Col\.|Jr\.|St\.|Amb\.)$/u;
const SPACE = /\s/;

function trimWord(text: string, start: number, end: number): [number, number] {
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
  while (end > start && /[.\-]/.test(text[end - 1]!) && !ABBREVIATION.test(text.slice(start, end))) end--;
  return [start, end];
}

export function tokenBefore(view: ArticleView, pos: number, floor = 0): Token | null {
  const { text } = view;
  let end = pos;
  while (end > floor && SPACE.test(text[end - 1]!)) end--;
  if (end <= floor) return null;
  // A quotation may open before the floor: its attribution is in a later sentence than its start.
  const quote = view.quoteClosedAt(end - 1);
  if (quote) return { start: quote.open, end, text: text.slice(quote.open, end), kind: "quote" };
  let start = end;
  while (start > floor && WORD_CHAR.test(text[start - 1]!)) start--;
  const [wordStart, wordEnd] = trimWord(text, start, end);
  if (wordEnd === end && wordStart < wordEnd) return { start: wordStart, end, text: text.slice(wordStart, end), kind: "word" };
  return { start: end - 1, end, text: text[end - 1]!, kind: "punct" };
}

export function tokenAfter(view: ArticleView, pos: number, ceiling = view.text.length): Token | null {
  const { text } = view;
  let start = pos;
  while (start < ceiling && SPACE.test(text[start]!)) start++;
  if (start >= ceiling) return null;
  const quote = view.quoteOpenedAt(start);
  if (quote && quote.close < ceiling) return { start, end: quote.close + 1, text: text.slice(start, quote.close + 1), kind: "quote" };
  let end = start;
  while (end < ceiling && WORD_CHAR.test(text[end]!)) end++;
  const [wordStart, wordEnd] = trimWord(text, start, end);
  if (wordStart === start && wordEnd > wordStart) return { start, end: wordEnd, text: text.slice(start, wordEnd), kind: "word" };
  return { start, end: start + 1, text: text[start]!, kind: "punct" };
}

/** "Lavrov's", "Syrians’": the word is a possessor, not a head. */
export function isPossessive(word: string): boolean {
  return /['’]s$|s['’]$/.test(word);
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** "al-Halabi", "el-Sisi": a name opened by an Arabic article is written lower-case. */
const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

/** Written as a name: capitalised, or a name with a lower-case Arabic article. */
export function isNameCased(word: string): boolean {
  return isCapitalized(word) || ARTICLE_NAME.test(word);
}
