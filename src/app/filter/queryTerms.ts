import { foldForSearch } from "./foldForSearch";

/** Splits a query into folded terms; every term must occur for an event to match. Control characters separate terms too. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/[\s\p{Cc}]+/u)
    .filter((term) => term.length > 0);
}
