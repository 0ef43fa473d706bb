import { foldText } from "../../model/foldText";

/** A word of the text, with offsets (`end` exclusive) and its folded lookup key. */
export interface Token {
  start: number;
  end: number;
  /** The word as written, without a possessive ending. */
  text: string;
  /** `foldText` of the word; dotted abbreviations lose their dots ("U.S." → "us"). */
  key: string;
  /** Followed by 's or ’s (or a bare ’ after s): "Lavrov's", "Assad’s". */
  possessive: boolean;
  /** Written with full stops between letters: "U.S.", "U.N.". */
  dotted: boolean;
}

/**
 * A word is a run of letters, marks and digits; apostrophes inside it (O'Brien) belong
 * to it. "U.S."-style abbreviations are one word. Hyphens separate words so that
 * "al-Assad" and "Al Assad" give the same keys; `joinable` tells whether two words are
 * close enough to belong to one name.
 */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;

/** The key of the first word of `text` (what `tokenize(text)[0].key` would be), found cheaply. */
export function firstKey(text: string): string | null {
  const plain = PLAIN_FIRST_WORD.exec(text);
  if (plain) return plain[1]!.toLowerCase();
  FIRST_WORD.lastIndex = 0;
  const match = FIRST_WORD.exec(text);
  if (!match) return null;
  const word = match[0];
  return foldText(word.endsWith(".") ? word.replaceAll(".", "") : word.replace(/['’]s$/i, ""));
}
const FIRST_WORD = new RegExp(WORD.source, "u");
/** The common case, an ASCII word followed by a space, a hyphen or the end. */
const PLAIN_FIRST_WORD = /^([A-Za-z0-9]+)(?:[\s-]|$)/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    const last = word.length - 1;
    let possessive = false;
    if (last > 1 && (word[last] === "s" || word[last] === "S") && isApostrophe(word[last - 1])) {
      word = word.slice(0, last - 1);
      possessive = true;
    } else if ((word[last] === "s" || word[last] === "S") && isApostrophe(text[start + word.length])) {
      // plural possessive "the Syrians’ fate"
      possessive = !/\p{L}/u.test(text[start + word.length + 1] ?? "");
    }
    const dotted = word.endsWith(".");
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: foldText(dotted ? word.replaceAll(".", "") : word),
      possessive,
      dotted,
    });
  }
  return tokens;
}

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === "’";
}

/**
 * Whether `next` can continue a name that `previous` is part of: only spaces (no line
 * break), a hyphen, or the full stop of an initial or title between them
 * ("Dmitri A. Medvedev", "Mr. Lavrov").
 */
export function joinable(text: string, previous: Token, next: Token): boolean {
  if (previous.possessive) return false;
  const gap = text.slice(previous.end, next.start);
  if (gap === " " || gap === "-" || gap === "‐") return true;
  if (gap === ". " || gap === ".") return previous.text.length <= 3 && /^\p{Lu}/u.test(previous.text);
  return /^[ \t\u00a0]+$/.test(gap);
}
