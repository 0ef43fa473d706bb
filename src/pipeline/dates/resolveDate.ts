/**
 * The date of one clause: its first date expression, else the publication day (basis
 * "published"), else nothing: an article without a publication date is never dated today.
 */
import type { Span } from "../types";
import type { ResolvedDate } from "./dateTypes";
import { findDates } from "./findDates";

export function publicationDate(published: string): ResolvedDate {
  return { date: published, datePrecision: "day", dateBasis: "published" };
}

/**
 * `within` limits the search to part of `text` (the attribution words of a sentence)
 * while the whole text still gives the tense context around each date.
 */
export function resolveDate(text: string, published: string | null, within?: Span): ResolvedDate | null {
  const first = findDates(text, published).find(
    (d) => !within || (d.start >= within.start && d.end <= within.end),
  );
  if (first) return first.resolved;
  return published ? publicationDate(published) : null;
}
