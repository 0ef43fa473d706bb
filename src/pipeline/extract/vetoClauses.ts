/**
 * Which date words of a sentence belong to which veto mention. A veto sentence often
 * tells two vetoes: "It was the first veto cast by China since 1972, when Beijing
 * blocked the admission of Bangladesh", "Monday's veto was … the first since August
 * 2020, when the United States blocked a draft". The date before ", when" is the date
 * of the when-clause (the earlier veto); "since DATE" never dates the mention it follows
 * ("the first … since 1999", "the sixth time … since the war began in 2011" are about
 * today's veto); "Monday's veto" is dated by its possessive.
 */
import type { Span } from "../types";
import { endsInDateline } from "./dateline";

export interface WhenClause extends Span {
  /** The date words the clause hangs on ("since 1972" in "since 1972, when …"). */
  anchor: Span;
}

const WHEN_AFTER_DATE = /^\s*,?\s*when\b/;
const CLAUSE_END = /[;]/;
/** "since 1999", "since the war began in 2011": the date opens the span vetoes are counted over. */
const SINCE_BEFORE = /\bsince\s+(?:[^\s,;:.]+\s+){0,5}$/i;
/** "vetoed a resolution that would have … the downing … last year": date words in a relative clause after the mention are that clause's. */
const RELATIVE_BETWEEN = /\b(?:that|which|who)\s+(?:would|had|has|have|was|were|is|are|will|could)\b|\bbecause\b/i;
/** "Monday’s veto", "Friday's double veto": the date words, possibly with their 's, then the noun. */
const POSSESSIVE_TAIL = /^(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}\S+$/;

/** The when-clauses of a sentence: from "when" to the next semicolon or the sentence end. */
export function whenClauses(text: string, sentence: Span, dates: readonly Span[]): WhenClause[] {
  const clauses: WhenClause[] = [];
  for (const date of dates) {
    const after = WHEN_AFTER_DATE.exec(text.slice(date.end, sentence.end));
    if (!after) continue;
    const start = date.end + after[0].length;
    const stop = CLAUSE_END.exec(text.slice(start, sentence.end));
    clauses.push({ start, end: stop ? start + stop.index : sentence.end, anchor: date });
  }
  return clauses;
}

export function clauseAt(clauses: readonly WhenClause[], pos: number): WhenClause | undefined {
  return clauses.find((c) => pos >= c.start && pos < c.end);
}

/**
 * The date words of the mention at `span`: its when-clause's anchor; else a date written
 * as its possessive ("Monday's veto"); else the first date of the sentence that anchors
 * no when-clause, lies in none, does not follow "since", is not inside a relative
 * clause after the mention and is not the dateline's filing date. Null when its clause has none.
 */
export function clauseDate<T extends Span>(text: string, sentence: Span, dates: readonly T[], span: Span): T | null {
  const clauses = whenClauses(text, sentence, dates);
  const clause = clauseAt(clauses, span.start);
  if (clause) return dates.find((d) => d === clause.anchor) ?? null;
  const possessive = dates.find((d) => isPossessiveOf(text, d, span));
  if (possessive) return possessive;
  // "…; earlier this month Washington blocked …", "…, and in February this year they blocked …":
  // a second clause's own date words before its veto are its date.
  const second = lastClauseBreak(text, sentence, span.start);
  if (second !== null) {
    const own = dates.find((d) => d.start >= second && d.end <= span.start && !endsInDateline(text, d.end));
    if (own) return own;
  }
  // "following its negative vote on 13 July": date words right after the mention are its own.
  const adjacent = dates.find((d) => d.start >= span.end && /^\s*,?\s*(?:on|in)?\s*$/i.test(text.slice(span.end, d.start)));
  if (adjacent && !endsInDateline(text, adjacent.end)) return adjacent;
  return (
    dates.find(
      (d) =>
        !clauses.some((c) => c.anchor === d || (d.start >= c.start && d.start < c.end)) &&
        !SINCE_BEFORE.test(text.slice(sentence.start, d.start)) &&
        !RELATIVE_BETWEEN.test(text.slice(span.end, d.start)) &&
        !endsInDateline(text, d.end) &&
        !/^since\b/i.test(text.slice(d.start, d.end)),
    ) ?? null
  );
}

/** Where the clause holding `pos` begins after a semicolon or ", and" / ", but"; null in the first clause. */
function lastClauseBreak(text: string, sentence: Span, pos: number): number | null {
  let found: number | null = null;
  for (const m of text.slice(sentence.start, pos).matchAll(/;\s*|,\s+(?:and|but)\s+/g)) found = sentence.start + m.index + m[0].length;
  return found;
}

function isPossessiveOf(text: string, date: Span, span: Span): boolean {
  if (date.end > span.end || date.end < span.start - 40) return false;
  const own = text.slice(date.start, date.end);
  const tail = text.slice(date.end, span.end);
  return POSSESSIVE_TAIL.test(tail) && (/['’]s$/.test(own) || /^['’]/.test(tail));
}
