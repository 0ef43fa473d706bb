/**
 * Phoenix phrases are in capitals with `_` between words (`BAN_KI-MOON`, `SERGEY_V._LAVROV`,
 * `AL_ASSAD`). This turns one into an alias in the dictionary's case convention: names
 * capitalised (not after a hyphen: "Ki-moon" and "Ki-Moon" both occur), particles in lower
 * case, short acronyms in capitals ("UNSG"). The case then tells the matcher how the text
 * must write each word (see `DictionaryEntry`).
 */
const PARTICLES = new Set([
  "al", "el", "ad", "as", "ash", "at", "az", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "den",
  "di", "da", "do", "dos", "du", "la", "le", "van", "von", "y", "of", "the", "and", "for", "on", "in", "to",
]);

export function phoenixAlias(phrase: string): string {
  const words = phrase
    .replace(/\s*#.*$/, "")
    .split(/[_\s]+/)
    .map((w) => w.replace(/,+$/, ""))
    .filter((w) => w !== "");
  return words.map((word, i) => phoenixWord(word, i, words.length)).join(" ");
}

function phoenixWord(word: string, index: number, count: number): string {
  const lower = word.toLowerCase();
  if (index > 0 && PARTICLES.has(lower)) return lower;
  if (/^([A-Z]\.)+$/.test(word)) return word;
  if (count === 1 && isAcronym(word)) return word;
  return lower.replace(/(^|['’.])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** A lone short word is an acronym ("UNSG", "ICJ") unless it reads as a word ("DUMA"). */
function isAcronym(word: string): boolean {
  if (!/^[A-Z]+$/.test(word)) return false;
  return word.length <= 3 || (word.length <= 5 && word.replace(/[^AEIOUY]/g, "").length <= 1);
}
