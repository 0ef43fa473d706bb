/**
 * Folds text for the viewer's search: `foldText` (case and accents), then Russian and
 * Ukrainian Cyrillic in Latin letters as English-language news writes them (BGN/PCGN:
 * Лавров → lavrov, Сергей → sergey, Небензя → nebenzya), so a name typed in either script
 * finds the other. Text without Cyrillic is left as `foldText` gives it.
 */
import { foldText } from "../../model/foldText";

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k",
  л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts",
  ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", і: "i", ї: "yi",
  є: "ye", ґ: "g",
};

export function foldForSearch(text: string): string {
  // Before foldText: NFD would split й and ё into и/е plus a mark.
  const lower = text.toLowerCase();
  if (!CYRILLIC.test(lower)) return foldText(lower);
  return foldText(lower.replace(/[\u0400-\u04ff]/g, (letter) => LATIN[letter] ?? letter));
}
