/**
 * Every date expression in a text, resolved against the publication date. Written
 * dates win over relative words where they overlap ("on Wednesday, Feb. 1" is one
 * explicit date). Relative words need a publication date: without one they are not dates.
 * `storyYear` places a day written without a year when there is no publication date.
 */
import type { DateMention } from "./dateTypes";
import { explicitDates } from "./explicitDates";
import { isFutureContext } from "./isFutureContext";
import { relativeDateRules } from "./relativeDateRules";

function relativeDates(text: string, published: string): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of relativeDateRules) {
    for (const m of text.matchAll(rule.pattern)) {
      const future = isFutureContext(text, m.index);
      const range = rule.resolve(m as RegExpExecArray, published, future);
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        resolved: { ...range, dateBasis: "relative", dateText: m[0] },
      });
    }
  }
  return found;
}

export function findDates(text: string, published: string | null, storyYear: number | null = null): DateMention[] {
  const kept = explicitDates(text, published, storyYear);
  if (published) {
    // Longest first, so "the day before yesterday" beats "yesterday".
    const relative = relativeDates(text, published).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const mention of relative) {
      if (!kept.some((k) => mention.start < k.end && k.start < mention.end)) kept.push(mention);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
