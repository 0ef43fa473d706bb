/**
 * What a statement says and whether it is direct. A claim that is mostly quotation
 * (Jay Carney said Russia “must realize…”) is a direct statement whose text is the
 * quoted words; a claim with a short quoted phrase in it ("regime change is not our
 * job") stays reported, quotation marks and all.
 */
import type { StatementSubtype } from "../../model";
import type { Span } from "../types";
import type { ArticleView } from "./articleView";

/** Share of the claim's characters inside quotation marks that makes it direct. */
const DIRECT_SHARE = 0.6;
/**
 * More unquoted words than this before the quotation are the claim's own subject and verb
 * ("Britain would not accept “a ceasefire that…”"): the quotation is a phrase of a reported
 * claim, and quoting it alone would drop what was said about it. "Russia “must realize…”" stays direct.
 */
const MAX_LEAD_WORDS = 3;

export interface StatementText {
  subtype: StatementSubtype;
  text: string;
}

function quotesWithin(view: ArticleView, claim: Span) {
  return view.quotes.filter((q) => q.open >= claim.start - 1 && q.close <= claim.end);
}

export function statementText(view: ArticleView, claim: Span, addition?: Span, predicate = false): StatementText {
  const quotes = quotesWithin(view, claim);
  const quoted = quotes.reduce((sum, q) => sum + (q.end - q.start), 0);
  const extra = addition ? `${predicate ? " " : ", "}${view.text.slice(addition.start, addition.end)}` : "";
  if (quotes.length > 0 && quoted >= DIRECT_SHARE * (claim.end - claim.start) && !hasOwnClause(view, claim, quotes[0]!)) {
    const words = quotes.map((q) => view.text.slice(q.start, q.end).trim().replace(/[,;:]$/, ""));
    return { subtype: "direct", text: words.join(" ") + extra };
  }
  return { subtype: "reported", text: view.text.slice(claim.start, claim.end) + extra };
}

function hasOwnClause(view: ArticleView, claim: Span, first: { open: number }): boolean {
  const lead = view.text.slice(claim.start, Math.max(claim.start, first.open)).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return lead.length > MAX_LEAD_WORDS;
}

/** Appends a later part of the same quotation ("“A,” he said. “B.”"). */
export function appendQuote(view: ArticleView, text: string, quote: Span): string {
  return `${text.replace(/[,;:]$/, "")} ${view.text.slice(quote.start, quote.end).trim()}`;
}
