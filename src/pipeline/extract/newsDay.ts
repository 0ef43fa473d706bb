/**
 * The day an article's news happened, from its lede: the first day-precise date words
 * of its opening sentences that belong to the main clause ("Russia on Friday vetoed…",
 * "Lavrov said on Tuesday…"), within a week before publication. Wire stories report one
 * meeting or one vote; what is said in them without date words of its own was said
 * that day, not on the day the story went out (a Saturday story about Friday's vote).
 * Dates inside what someone said ("Lavrov said the council met yesterday") do not count.
 */
import { addDays } from "../dates/calendar";
import type { DateMention, ResolvedDate } from "../dates/dateTypes";
import type { Sentence } from "../types";
import { endsInDateline } from "./dateline";
import { CUE_PATTERN } from "./cueLexicon";

const LEDE_SENTENCES = 3;
/** Shorter lines ("UNITED NATIONS, N.Y.", "From the AP archive.") are datelines and labels, not the lede. */
const MIN_LEDE_WORDS = 6;
const MAX_DAYS_BEFORE = 7;
const DATE_LEAD = /^\s*,?\s*(?:(?:on|late|early|earlier|later)\s+)*$/i;

/** Is the date in the main clause: not after "that", and right after a speech verb if after one? */
function inMainClause(sentence: Sentence, date: DateMention): boolean {
  const before = sentence.text.slice(0, date.start - sentence.start);
  if (/\bthat\b/i.test(before)) return false;
  const cues = [...before.matchAll(CUE_PATTERN)];
  const last = cues.at(-1);
  return !last || DATE_LEAD.test(before.slice(last.index + last[0].length));
}

export function newsDay(
  sentences: readonly Sentence[],
  dates: readonly (readonly DateMention[])[],
  published: string | null,
): ResolvedDate | null {
  if (!published) return null;
  const earliest = addDays(published, -MAX_DAYS_BEFORE);
  let lede = 0;
  for (let i = 0; i < sentences.length && lede < LEDE_SENTENCES; i++) {
    const sentence = sentences[i]!;
    if (sentence.text.split(/\s+/).length < MIN_LEDE_WORDS) continue;
    lede++;
    // The dateline's date is when the story was filed; the lede's own day words say when it happened.
    const days = (dates[i] ?? []).filter((d) => d.resolved.datePrecision === "day" && !d.resolved.dateEnd && inMainClause(sentence, d));
    const day = days.find((d) => !endsInDateline(sentence.text, d.end - sentence.start)) ?? days[0];
    if (day && day.resolved.date <= published && day.resolved.date >= earliest) return day.resolved;
  }
  return null;
}
