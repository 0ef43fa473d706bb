import type { DateMention } from "../dates/dateTypes";
import { addDays } from "../dates/calendar";
import { findDates } from "../dates/findDates";
import type { ArticleView } from "./articleView";

/** "said that day", "answered her the same day", "said that evening": the day last written before them. */
const SAME_DAY = /\b(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b/gi;
/** A year written out ("24 October 2017", "in 2017"), which an undated story's later days belong to. */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d\d\b/g;
/** Words for the day of writing: the dateline's day when the dateline names one. */
const SAME_DAY_WORDS = /^(?:(?:earlier|later)\s+(?:today|in\s+the\s+day)|today|tonight|this\s+(?:morning|afternoon|evening))$/i;
/** A dateline's place right before its date ("New York, ", "UNITED NATIONS, "). */
const PLACE_BEFORE = /\p{Lu}[\p{L}.'’-]*,\s*$/u;
/** What ends a dateline after its date: the agency, a dash, or the end of its line. */
const DATELINE_END = /^\s*(?:\([^)]{1,40}\))?\s*(?:--|[—–-]|[*_]*[ \t]*(?:\n|$))/;
const DATELINE_SENTENCES = 3;
/** A dateline's day is at most this many days before publication (a morning paper, a weekly). */
const MAX_DATELINE_DAYS = 3;

/** A dateline's day counts only when it is shortly before publication. */
function filedBefore(day: DateMention["resolved"], published: string): DateMention["resolved"] | null {
  return day.date < published && day.date >= addDays(published, -MAX_DATELINE_DAYS) ? day : null;
}

/** The day a dateline names ("From Our Own Correspondent, New York, March 17"), when it is before publication. */
function datelineDay(view: ArticleView, all: readonly DateMention[][], published: string): DateMention["resolved"] | null {
  for (let i = 0; i < Math.min(DATELINE_SENTENCES, all.length); i++) {
    for (const d of all[i]!) {
      if (d.resolved.datePrecision !== "day" || d.resolved.dateEnd) continue;
      if (!PLACE_BEFORE.test(view.text.slice(Math.max(0, d.start - 40), d.start))) continue;
      if (!DATELINE_END.test(view.text.slice(d.end, d.end + 45))) continue;
      return filedBefore(d.resolved, published);
    }
  }
  return null;
}

/** The day of a dateline line the cleaner dropped with the header. */
function droppedDatelineDay(dateline: string | null, published: string): DateMention["resolved"] | null {
  if (!dateline) return null;
  const day = findDates(dateline, published).find((d) => d.resolved.datePrecision === "day" && !d.resolved.dateEnd);
  return day ? filedBefore(day.resolved, published) : null;
}

/** The last year written out among a sentence's dates: "24 October 2017", "in 2017". */
function lastWrittenYear(found: readonly DateMention[]): number | null {
  const years = found.flatMap((d) => [...(d.resolved.dateText ?? "").matchAll(WRITTEN_YEAR)].map((m) => Number(m[0])));
  return years.at(-1) ?? null;
}

/** How many sentences back "that day" may find its day. */
const SAME_DAY_REACH = 2;

/**
 * Date words of each sentence in article offsets. Dates inside quotations are the
 * speaker's words about other days ("“We will meet on Friday,” he said") and never
 * date the statement or veto around them. "That day" and "the same day" are the
 * day-precise date written last before them, in their sentence or the two before. In a
 * story with no publication date (a blog, a report), a day written without a year ("on
 * 7 November") is in the year written last before it ("On 24 October 2017 …").
 */
export function sentenceDates(view: ArticleView, published: string | null, dateline: string | null = null): DateMention[][] {
  let storyYear: number | null = null;
  const all = view.sentences.map((sentence) => {
    const found = findDates(sentence.text, published, storyYear);
    if (!published) storyYear = lastWrittenYear(found) ?? storyYear;
    return found
      .map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }))
      .filter((d) => !view.quoteAround(d.start));
  });
  // "New York, March 17" over a paper of the 18th: its "tonight" and "this afternoon" are the 17th.
  const filed = published ? (droppedDatelineDay(dateline, published) ?? datelineDay(view, all, published)) : null;
  if (filed) {
    for (const own of all) {
      own.forEach((d, k) => {
        if (d.resolved.date === published && !d.resolved.dateEnd && SAME_DAY_WORDS.test(view.text.slice(d.start, d.end))) {
          own[k] = { ...d, resolved: { ...d.resolved, date: filed.date } };
        }
      });
    }
  }
  view.sentences.forEach((sentence, i) => {
    for (const m of sentence.text.matchAll(SAME_DAY)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const own = all[i]!;
      if (view.quoteAround(start) || own.some((d) => start < d.end && d.start < end)) continue;
      const earlier = all
        .slice(Math.max(0, i - SAME_DAY_REACH), i + 1)
        .flat()
        .filter((d) => d.end <= start && d.resolved.datePrecision === "day" && !d.resolved.dateEnd);
      const anchor = earlier.at(-1);
      if (!anchor) continue;
      own.push({ start, end, resolved: { ...anchor.resolved, dateText: m[0] } });
      own.sort((a, b) => a.start - b.start);
    }
  });
  return all;
}
