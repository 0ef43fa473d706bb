/**
 * Letters that NFD does not decompose into a base letter plus a combining mark, so
 * "Çavuşoğlu" and "Cavusoglu", "Łukaszenka" and "Lukaszenka" fold to the same key.
 */
const SPECIAL: Record<string, string> = {
  ı: "i", ł: "l", ø: "o", đ: "d", ð: "d", þ: "th", ß: "ss", æ: "ae", œ: "oe", ŀ: "l",
};
const COMBINING = /\p{M}/gu;
const NEEDS_FOLDING = /[^a-z0-9]/;

/**
 * The lookup key of a word: lower case, without diacritics. Dictionary aliases and
 * words of the text are folded the same way, so spelling with or without accents matches.
 */
export function foldText(word: string): string {
  const lower = word.toLowerCase();
  if (!NEEDS_FOLDING.test(lower)) return lower;
  let out = "";
  for (const ch of lower.normalize("NFD").replace(COMBINING, "")) out += SPECIAL[ch] ?? ch;
  return out;
}
