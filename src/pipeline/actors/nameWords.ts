import type { Token } from "./tokenize";
import { joinable } from "./tokenize";

/** Lower-case words that may sit inside a name ("Bashar al-Assad", "Staffan de Mistura", "Gerard van Bohemen"). */
export const NAME_PARTICLES = new Set([
  "al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "den", "di", "da", "dos", "du", "la", "le",
  "van", "von", "ten", "ter",
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

/** Dotted abbreviations ("U.S.", "U.N.", "a.m."), without their dots: places, bodies and times, never a person's initials. */
export const DOTTED_NOT_INITIALS = new Set(["us", "un", "uk", "eu", "uae", "usa", "ussr", "dc", "am", "pm"]);

/**
 * A middle or leading initial ("Yakov A. Malik", "T.S. Tirumurti"): one capital letter
 * before a full stop, or a dotted run of capitals that is no known abbreviation. It
 * only counts when a name word follows it (see `continuesWithName`).
 */
function isInitial(text: string, token: Token): boolean {
  if (token.dotted) return token.key.length <= 3 && !DOTTED_NOT_INITIALS.has(token.key) && token.text === token.text.toUpperCase();
  return /^\p{Lu}$/u.test(token.text) && text[token.end] === ".";
}

/** An initial followed, on the same line, by a name word or another initial. */
function continuesWithName(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !joinable(text, tokens[i]!, next)) return false;
  return isNameWord(next) || (isInitial(text, next) && continuesWithName(text, tokens, i + 1));
}

/** A word that can belong to a name: capitalised, not a function word or title, not in capitals. */
export function isNameWord(token: Token): boolean {
  return (
    STARTS_UPPER.test(token.text) &&
    !NOT_NAMES.has(token.key) &&
    !token.dotted &&
    (token.text.length < 2 || token.text !== token.text.toUpperCase())
  );
}

/** Long names ("Al-Harith Idriss al-Harith Mohamed") have five words besides particles. */
const MAX_NAME_WORDS = 5;

/**
 * The words of a name that starts at `from`: up to five name words, with particles
 * between them, on one line. Ends after a possessive ("Lavrov's"). Returns the index
 * after the last word, or `from` when no name starts there.
 */
export function nameEndingAfter(text: string, tokens: readonly Token[], from: number): number {
  let end = from;
  let words = 0;
  for (let i = from; i < tokens.length && words < MAX_NAME_WORDS; i++) {
    const token = tokens[i]!;
    if (i > from && !joinable(text, tokens[i - 1]!, token)) break;
    if (MONTHS.has(token.key) && (i === from || /^\d/.test(tokens[i + 1]?.text ?? ""))) break;
    if (isNameWord(token)) {
      words++;
      end = i + 1;
      if (token.possessive) break;
    } else if (isInitial(text, token) && continuesWithName(text, tokens, i)) {
      end = i + 1;
    } else if (!(NAME_PARTICLES.has(token.key) && tokens[i + 1] && isNameWord(tokens[i + 1]!))) break;
  }
  return end;
}

/** Like `nameEndingAfter`, backwards: the index where a name that ends at `end` (exclusive) starts. */
export function nameStartingBefore(text: string, tokens: readonly Token[], end: number): number {
  let start = end;
  let words = 0;
  for (let i = end - 1; i >= 0 && words < MAX_NAME_WORDS; i--) {
    const token = tokens[i]!;
    if (i < end - 1 && !joinable(text, token, tokens[i + 1]!)) break;
    if (token.possessive && i < end - 1) break;
    if (isNameWord(token)) {
      words++;
      start = i;
    } else if (words > 0 && isInitial(text, token) && continuesWithName(text, tokens, i)) {
      start = i;
    } else if (!(NAME_PARTICLES.has(token.key) && i > 0 && isNameWord(tokens[i - 1]!))) break;
  }
  // "In March, the envoy said": a lone month is a date
  return start === end - 1 && MONTHS.has(tokens[start]!.key) ? end : start;
}
