/**
 * Folds text for searching: lower case, diacritics removed ("Bachelet" finds "Bachélet",
 * "ELYSÉE" finds "elysee"). Only non-ASCII strings pay for Unicode normalisation, which
 * keeps building search strings for a million events cheap.
 */
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /\p{M}+/gu;

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(COMBINING_MARKS, "") : lower;
}

/** Splits a query into folded terms; every term must occur for an event to match. Control characters separate terms too. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/[\s\p{Cc}]+/u)
    .filter((term) => term.length > 0);
}
