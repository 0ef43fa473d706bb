import type { DateMention } from "../dates/dateTypes";
import { findDates } from "../dates/findDates";
import type { ArticleView } from "./articleView";

/** "said that day", "answered her the same day": the day last written before them. */
const SAME_DAY = /\b(?:that|the\s+same)\s+day\b/gi;
/** How many sentences back "that day" may find its day. */
const SAME_DAY_REACH = 2;

/**
 * Date words of each sentence in article offsets. Dates inside quotations are the
 * speaker's words about other days ("“We will meet on Friday,” he said") and never
 * date the statement or veto around them. "That day" and "the same day" are the
 * day-precise date written last before them, in their sentence or the two before.
 */
export function sentenceDates(view: ArticleView, published: string | null): DateMention[][] {
  const all = view.sentences.map((sentence) =>
    findDates(sentence.text, published)
      .map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }))
      .filter((d) => !view.quoteAround(d.start)),
  );
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
