/**
 * The date words of one attribution: the words that say when it was said, not dates
 * of other things written around the verb. "Amr Moussa, whose organisation asked the
 * council for a no-fly zone on March 12, said on Friday that …" was said on Friday;
 * "UNITED NATIONS, Sept 29 (Reuters) - Russia vowed on Wednesday …" on Wednesday.
 *
 * In order: date words right after the verb ("said on Friday"); right before it
 * ("on Friday said", "said, late on Friday,"); in a participial attribution that opens
 * the claim ("welcomed the outcome, telling reporters in Sukhum on Tuesday that …");
 * else any date of the attribution words outside a relative clause and the dateline.
 */
import type { DateMention } from "../dates/dateTypes";
import type { Span } from "../types";
import { endsInDateline } from "./dateline";

/** Words that may stand between a verb and its date: "said on Tuesday", "said late on Friday". */
const AFTER_VERB = /^\s*,?\s*(?:(?:on|late|early|earlier|later|again|also)\s+)*$/i;
/** Between a date and its verb: "on Friday said", "yesterday also told"; not "…in July 1995, said". */
const BEFORE_VERB = /^\s*(?:(?:also|again|further|then|publicly|separately|[a-z]+ly)\s+)*$/;
/** "…, telling reporters in Sukhum on Tuesday": a participle whose complement is still to come. */
const PARTICIPIAL = /,\s*(?:telling|saying|adding|insisting|stressing)\b[^,;“”"]*$/;
/** A relative clause about someone else's act: "whose organisation asked … on March 12,". */
const RELATIVE = /,\s*(?:who|whose|which|whom)\b[^,]*$/i;

export function attributionDate(
  text: string,
  dates: readonly DateMention[],
  cue: Span,
  zone: Span,
  claim: Span,
): DateMention | undefined {
  const after = dates.find((d) => d.start >= cue.end && AFTER_VERB.test(text.slice(cue.end, d.start)));
  if (after) return after;
  const before = dates.findLast(
    (d) => d.end <= cue.start && d.start >= zone.start && BEFORE_VERB.test(text.slice(d.end, cue.start)) && !RELATIVE.test(text.slice(zone.start, d.start)),
  );
  if (before) return before;
  const participial = dates.find(
    (d) => d.start >= claim.start && d.end <= claim.end && PARTICIPIAL.test(text.slice(claim.start, d.start)) && /^\s*that\b/.test(text.slice(d.end, d.end + 6)),
  );
  if (participial) return participial;
  return dates.find(
    (d) =>
      d.start >= zone.start &&
      d.end <= zone.end &&
      !endsInDateline(text, d.end) &&
      !RELATIVE.test(text.slice(zone.start, d.start)),
  );
}
