import type { DateMention } from "../dates/dateTypes";
import { findDates } from "../dates/findDates";
import type { ArticleView } from "./articleView";

/**
 * Date words of each sentence in article offsets. Dates inside quotations are the
 * speaker's words about other days ("“We will meet on Friday,” he said") and never
 * date the statement or veto around them.
 */
export function sentenceDates(view: ArticleView, published: string | null): DateMention[][] {
  return view.sentences.map((sentence) =>
    findDates(sentence.text, published)
      .map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }))
      .filter((d) => !view.quoteAround(d.start)),
  );
}
