/**
 * What a word ending in a full stop says about the end of a sentence.
 *
 * - `never`: titles and words that always precede something (Mr. Putin, Jan. 5, No. 1717).
 * - `maybe`: abbreviations that can close a sentence ("…talks with the U.S. The next day…");
 *   they end it only when the next word typically starts one (see `SENTENCE_STARTERS`).
 *
 * Keys are lower case without the final full stop.
 */
export type AbbreviationKind = "never" | "maybe";

const NEVER = [
  // titles and ranks
  "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
  "cpl", "pvt", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "sec", "supt", "insp",
  "st", "ste", "mt", "ft", "fr", "sr", "jr", "gens",
  // months and days, usually before a number
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  // references and numbers
  "no", "nos", "vol", "art", "para", "paras", "sect", "ch", "p", "pp", "fig", "approx", "vs", "v",
  "cf", "ca", "est", "dept", "ext", "tel",
];

const MAYBE = [
  "etc", "inc", "ltd", "corp", "co", "bros", "plc", "llc",
  "u.s", "u.n", "u.k", "e.u", "u.s.a", "u.s.s.r", "a.m", "p.m", "e.g", "i.e", "d.c", "al",
];

const KINDS = new Map<string, AbbreviationKind>([
  ...NEVER.map((word) => [word, "never"] as const),
  ...MAYBE.map((word) => [word, "maybe"] as const),
]);

/** Words that begin sentences far more often than they follow an abbreviation. */
export const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
  "there", "his", "her", "its", "their", "our", "but", "and", "so", "yet", "in", "on", "at", "for",
  "after", "before", "when", "while", "if", "as", "however", "meanwhile", "also", "earlier", "later",
  "according", "some", "many", "most", "both", "not", "what", "why", "how", "who",
]);

/**
 * The kind of a word written before a full stop (`word` without the stop), or null when
 * it is an ordinary word. Single letters are initials (John F. Kennedy) and dotted
 * acronyms (U.S., N.A.T.O) may end a sentence.
 */
export function abbreviationKind(word: string): AbbreviationKind | null {
  const key = word.toLowerCase();
  const known = KINDS.get(key);
  if (known) return known;
  if (/^\p{Lu}$/u.test(word)) return "maybe";
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return "maybe";
  return null;
}
