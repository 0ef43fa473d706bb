/**
 * Dates written out in the text: "January 26, 2016", "26 January", "Feb. 4", "2012-02-04"
 * (chrono-node's strict parser), "December 2011" and "in March" (month precision), "in
 * 2011" (year precision). A date without a year takes the year that puts it on the right
 * side of publication: on or before it in past tense, on or after it in future tense;
 * with no publication date it takes the story's year (the year last written before it,
 * see sentenceDates), or, with none, cannot be placed and is skipped.
 */
import * as chrono from "chrono-node";
import type { DatePrecision } from "../../model";
import { firstOfMonth, lastOfMonth, minIso, yearOf } from "./calendar";
import type { DateMention } from "./dateTypes";
import { isFutureContext } from "./isFutureContext";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const MONTH_YEAR = new RegExp(`\\b(?:(?:early|mid|late)[-\\s])?(${MONTH_NAME})\\s+((?:19|20)\\d\\d)\\b`, "g");
/**
 * A bare month needs "in", "since" or "last" before it: "May" and "March" are also words
 * and names. "last September" is the latest September before the month of publication.
 */
const IN_MONTH = new RegExp(
  `\\b(?:[Ii]n|[Ss]ince|([Ll]ast|[Tt]his\\s+past))\\s+(?:(?:early|mid|late)[-\\s])?(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d)`,
  "g",
);
/** "in 2014 elections" names an event, not a time. */
const IN_YEAR = /\b(?:[Ii]n|[Dd]uring|[Ss]ince)\s+((?:19|20)\d\d)\b(?!\s*[-\u2013]|\s+(?:\w+\s+)?(?:elections?|votes?|polls?|talks|budget|census)\b)/g;
/** Cheap guard so chrono runs only on text that can hold a written date. */
const MAY_HOLD_DATE = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const ORDINAL_MONTH =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;
const FALLBACK_REFERENCE = new Date(Date.UTC(2000, 0, 1));

interface Found {
  start: number;
  end: number;
  date: string;
  dateEnd?: string;
  datePrecision: DatePrecision;
}

const pad = (n: number) => String(n).padStart(2, "0");

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The year for a month (and day) written without one. */
function placeYear(month: number, dayOfMonth: number, published: string, future: boolean): number {
  const publishedYear = yearOf(published);
  const sameYear = `${publishedYear}-${pad(month)}-${pad(dayOfMonth)}`;
  if (future) return sameYear >= published ? publishedYear : publishedYear + 1;
  return sameYear <= published ? publishedYear : publishedYear - 1;
}

function chronoDates(text: string, published: string | null, storyYear: number | null): Found[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const reference = published ? new Date(`${published}T12:00:00Z`) : FALLBACK_REFERENCE;
  const found: Found[] = [];
  for (const result of chrono.strict.parse(text, { instant: reference, timezone: 0 })) {
    const { start } = result;
    if (!start.isCertain("day") || !start.isCertain("month")) continue;
    const month = start.get("month") ?? 0;
    const dayOfMonth = start.get("day") ?? 0;
    let year = start.get("year") ?? 0;
    if (!start.isCertain("year")) {
      if (published) year = placeYear(month, dayOfMonth, published, isFutureContext(text, result.index));
      else if (storyYear) year = storyYear;
      else continue;
    }
    // "the second July in a row", "the first January since the war": a count of months, not a day.
    if (ORDINAL_MONTH.test(result.text) && /\bthe\s+$/i.test(text.slice(0, result.index))) continue;
    const date = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
    // chrono keeps a leading "on"; the date words start after it.
    const lead = /^on\s+/i.exec(result.text)?.[0].length ?? 0;
    const end = result.end;
    const dateEnd =
      end && end.isCertain("day")
        ? `${end.isCertain("year") ? (end.get("year") ?? year) : year}-${pad(end.get("month") ?? month)}-${pad(end.get("day") ?? 0)}`
        : undefined;
    found.push({
      start: result.index + lead,
      end: result.index + result.text.length,
      date,
      ...(dateEnd && dateEnd > date ? { dateEnd } : {}),
      datePrecision: "day",
    });
  }
  return found;
}

function monthRange(year: number, month: number, published: string | null, future: boolean): Omit<Found, "start" | "end"> {
  const first = firstOfMonth(year, month);
  const last = lastOfMonth(year, month);
  // The current month in past tense runs only up to publication.
  const end = published && !future && first <= published ? minIso(last, published) : last;
  return end === first ? { date: first, datePrecision: "month" } : { date: first, dateEnd: end, datePrecision: "month" };
}

function monthDates(text: string, published: string | null): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    const range = monthRange(Number(m[2]), monthIndex(m[1] ?? ""), published, isFutureContext(text, m.index));
    found.push({ start: m.index, end: m.index + m[0].length, ...range });
  }
  if (!published) return found;
  for (const m of text.matchAll(IN_MONTH)) {
    const month = monthIndex(m[2] ?? "");
    const future = !m[1] && isFutureContext(text, m.index);
    const publishedMonth = Number(published.slice(5, 7));
    const year = m[1]
      ? yearOf(published) - (month < publishedMonth ? 0 : 1)
      : placeYear(month, future ? 28 : 1, published, future);
    found.push({ start: m.index, end: m.index + m[0].length, ...monthRange(year, month, published, future) });
  }
  return found;
}

function yearDates(text: string, published: string | null): Found[] {
  return [...text.matchAll(IN_YEAR)].map((m) => {
    const year = Number(m[1]);
    const last = published && yearOf(published) === year ? published : `${year}-12-31`;
    return { start: m.index, end: m.index + m[0].length, date: `${year}-01-01`, dateEnd: last, datePrecision: "year" as const };
  });
}

/** Written dates in `text`, in order, more precise forms first where they overlap. */
export function explicitDates(text: string, published: string | null, storyYear: number | null = null): DateMention[] {
  const candidates = [...chronoDates(text, published, storyYear), ...monthDates(text, published), ...yearDates(text, published)];
  const kept: Found[] = [];
  for (const candidate of candidates) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, ...resolved }) => ({
      start,
      end,
      resolved: { ...resolved, dateBasis: "explicit", dateText: text.slice(start, end) },
    }));
}
