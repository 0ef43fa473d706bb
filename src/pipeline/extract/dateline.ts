/**
 * The wire dateline that opens a story's first sentence: "UNITED NATIONS (Reuters) - ",
 * "MUNICH (Sputnik) — ", "UNITED NATIONS, Sept 29 (Reuters) - ", "New York (dpa) - ",
 * "BEIRUT / UNITED NATIONS: ".
 * It names where and when the story was filed, never the subject of the sentence or
 * the day of what the sentence reports.
 */
const DATELINE =
  /^(?:(?:[\p{Lu}][\p{Lu}\s.,'’-]{1,40}(?:\([^)]{1,40}\))?|[\p{Lu}][\p{L}\s.,'’\d-]{1,40}?\s*\([^)]{1,40}\))\s*(?:--|[—–-])+|[\p{Lu}]{2}[\p{Lu}\s.'’\/-]{1,40}:)\s*/u;
/** What may follow date words inside a dateline: the agency in brackets, then the dash. */
const DATELINE_AFTER_DATE = /^\s*(?:\([^)]{1,40}\))?\s*(?:--|[—–-])\s/;

/** The length of the dateline at the start of `text` (0 when there is none). */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** Date words at `end` in `text` that belong to a dateline ("Sept 29 (Reuters) - "). */
export function endsInDateline(text: string, end: number): boolean {
  return DATELINE_AFTER_DATE.test(text.slice(end, end + 45));
}
