import type { Token } from "./tokenize";
import { joinable } from "./tokenize";

/** Lower-case words that may sit inside a name ("Bashar al-Assad", "Staffan de Mistura"). */
const PARTICLES = new Set([
  "al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "den", "di", "da", "dos", "du", "la", "le",
  "van", "von",
]);

/** Capitalised words that never start or continue a person's name. */
const NOT_NAMES = new Set(
  ("the a an this that these those he she it they we i you his her its their our my your " +
    "in on at by for from to with of and or but if as after before when while since until during " +
    "monday tuesday wednesday thursday friday saturday sunday " +
    "meanwhile however earlier later also yesterday today tomorrow tonight separately speaking according " +
    "mr mrs ms dr sir dame said says told added asked noted stressed " +
    "president minister secretary ambassador envoy spokesman spokeswoman spokesperson prime foreign chancellor " +
    "king queen emir general deputy council security united nations republic kingdom state states").split(" "),
);

/** Months are names too (Theresa May, Zhang Jun) except where they start a name or precede a day. */
const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);

const STARTS_UPPER = /^\p{Lu}/u;

/** A word that can belong to a name: capitalised, not a function word or title, not in capitals. */
export function isNameWord(token: Token): boolean {
  return (
    STARTS_UPPER.test(token.text) &&
    !NOT_NAMES.has(token.key) &&
    !token.dotted &&
    (token.text.length < 2 || token.text !== token.text.toUpperCase())
  );
}

/**
 * The words of a name that starts at `from`: up to four name words, with particles
 * between them, on one line. Ends after a possessive ("Lavrov's"). Returns the index
 * after the last word, or `from` when no name starts there.
 */
export function nameEndingAfter(text: string, tokens: readonly Token[], from: number): number {
  let end = from;
  let words = 0;
  for (let i = from; i < tokens.length && words < 4; i++) {
    const token = tokens[i]!;
    if (i > from && !joinable(text, tokens[i - 1]!, token)) break;
    if (MONTHS.has(token.key) && (i === from || /^\d/.test(tokens[i + 1]?.text ?? ""))) break;
    if (isNameWord(token)) {
      words++;
      end = i + 1;
      if (token.possessive) break;
    } else if (!(PARTICLES.has(token.key) && tokens[i + 1] && isNameWord(tokens[i + 1]!))) break;
  }
  return end;
}

/** Like `nameEndingAfter`, backwards: the index where a name that ends at `end` (exclusive) starts. */
export function nameStartingBefore(text: string, tokens: readonly Token[], end: number): number {
  let start = end;
  let words = 0;
  for (let i = end - 1; i >= 0 && words < 4; i--) {
    const token = tokens[i]!;
    if (i < end - 1 && !joinable(text, token, tokens[i + 1]!)) break;
    if (token.possessive && i < end - 1) break;
    if (isNameWord(token)) {
      words++;
      start = i;
    } else if (!(PARTICLES.has(token.key) && i > 0 && isNameWord(tokens[i - 1]!))) break;
  }
  // "In March, the envoy said": a lone month is a date
  return start === end - 1 && MONTHS.has(tokens[start]!.key) ? end : start;
}
