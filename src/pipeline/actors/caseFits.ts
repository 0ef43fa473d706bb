import type { CaseRule } from "./dictionary";

const HAS_LOWER = /\p{Ll}/u;
const STARTS_UPPER = /^[\p{Lu}\p{N}]/u;

/** Whether a word of the text is written as a dictionary word requires ("UN", "Lavrov", "al"). */
export function caseFits(word: string, rule: CaseRule): boolean {
  if (rule === "upper") return !HAS_LOWER.test(word);
  if (rule === "capital") return STARTS_UPPER.test(word);
  return true;
}
