import type { Quote, Segmentation, Sentence, Span } from "../types";
import { SENTENCE_STARTERS, abbreviationKind } from "./abbreviations";
import { pairQuotes } from "./pairQuotes";
import { isSpace, paragraphSpans } from "./paragraphSpans";

/** A run of sentence-final punctuation; a run of full stops or "…" is an ellipsis. */
const TERMINATOR = /[.!?…]+/g;
/** Marks that may follow the punctuation and still belong to the sentence it ends. */
const CLOSERS = new Set(['"', "'", "”", "’", "»", "›", ")", "]", "}"]);
const OPENERS = new Set(['"', "'", "“", "‘", "«", "‹", "„", "(", "["]);
/**
 * "“Why not?” Lavrov asked." The attribution after a quotation that opens the sentence
 * and ends in ? or ! belongs to the quotation's sentence. After a full stop it does not:
 * in "…called it “divorced from reality.” He said…" a new sentence starts.
 */
const ATTRIBUTION =
  /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,6}(?:said|says|asked|asks|added|adds|told|tells|replied|replies|stressed|noted|declared|insisted|explained|warned|wrote|writes|continued|concluded|remarked|shouted|answered)\b/u;

/**
 * Splits a cleaned article into sentences and finds its quotations, both with offsets
 * into `text`.
 *
 * Line breaks always end a sentence, so a headline without final punctuation stands
 * alone. Inside a line, a sentence ends at . ! or ? (with any closing quotes and
 * brackets after it) followed by a space and a capital, a digit or an opening mark,
 * except after a title or month abbreviation (Mr., Gen., Jan.), an initial or acronym
 * that the next word does not mark as a new sentence (John F. Kennedy, the U.S. The…),
 * or an ellipsis. A quotation is split only where it holds several sentences; the
 * Quote still spans them all.
 */
export function segment(text: string): Segmentation {
  const quotes = pairQuotes(text);
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphSpans(text)) splitParagraph(text, paragraph, quotes, sentences);
  return { sentences, quotes };
}

function splitParagraph(text: string, paragraph: Span, quotes: readonly Quote[], out: Sentence[]): void {
  let start = paragraph.start;
  const body = text.slice(paragraph.start, paragraph.end);
  for (const match of body.matchAll(TERMINATOR)) {
    const at = paragraph.start + match.index;
    let end = at + match[0].length;
    while (end < paragraph.end && CLOSERS.has(text[end]!)) end++;
    if (end >= paragraph.end || !isSpace(text.charCodeAt(end))) continue;
    let next = end;
    while (isSpace(text.charCodeAt(next))) next++;
    if (!endsSentence(text, at, match[0], end, next, quotes, start)) continue;
    pushSentence(text, start, end, out);
    start = next;
  }
  pushSentence(text, start, paragraph.end, out);
}

function endsSentence(
  text: string,
  at: number,
  punctuation: string,
  end: number,
  next: number,
  quotes: readonly Quote[],
  sentenceStart: number,
): boolean {
  if (punctuation.includes("…") || punctuation.includes("..")) return false;
  const first = text[next]!;
  if (!startsSentence(first)) return false;
  const following = text.slice(next, next + 80);
  if (punctuation === ".") {
    const kind = abbreviationKind(wordBefore(text, at));
    if (kind === "never") return false;
    if (kind === "maybe" && !OPENERS.has(first) && !SENTENCE_STARTERS.has(firstWord(following))) return false;
  }
  if (punctuation.endsWith(".")) return true;
  const quote = quoteClosingWithin(quotes, at, end);
  return !(quote && quote.open === sentenceStart && ATTRIBUTION.test(following));
}

function startsSentence(ch: string): boolean {
  return OPENERS.has(ch) || /[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(ch);
}

function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1)) && !OPENERS.has(text[from - 1]!)) from--;
  return text.slice(from, at);
}

function firstWord(following: string): string {
  return /^[\p{L}]+/u.exec(following)?.[0].toLowerCase() ?? "";
}

/** The outermost quotation that closes between the punctuation and the space after it. */
function quoteClosingWithin(quotes: readonly Quote[], from: number, to: number): Quote | null {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (quotes[mid]!.close < from) low = mid + 1;
    else high = mid;
  }
  const quote = quotes[low];
  return quote !== undefined && quote.close < to ? quote : null;
}

function pushSentence(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
