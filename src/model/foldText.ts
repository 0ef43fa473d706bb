/**
 * Folds text for matching: lower case, without diacritics, so "Çavuşoğlu" and
 * "Cavusoglu", "Łukaszenka" and "Lukaszenka", "ELYSÉE" and "elysee" meet. The pipeline
 * folds dictionary aliases and words with it; the viewer folds its search text.
 * ASCII text, by far the most common, skips Unicode normalisation, which keeps folding
 * a million events' text cheap.
 */
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /\p{M}+/gu;
/** Letters that NFD does not decompose into a base letter plus a combining mark. */
const SPECIAL: Record<string, string> = {
  ı: "i", ł: "l", ø: "o", đ: "d", ð: "d", þ: "th", ß: "ss", æ: "ae", œ: "oe", ŀ: "l",
};
const SPECIAL_LETTERS = new RegExp(`[${Object.keys(SPECIAL).join("")}]`, "g");

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(SPECIAL_LETTERS, (letter) => SPECIAL[letter]!);
}
