/**
 * Does the clause before a date expression put it in the future? "will meet on Friday",
 * "is due to vote on Monday", "said he would travel to Moscow on Friday". Only the
 * words since the last clause break count, so "said on Friday that they will…" stays past.
 */

const CLAUSE_BREAK = /[.;:!?,\u201C\u201D"]/;
const FUTURE_MARKER =
  /\b(?:will|shall|won't|would|'ll|\u2019ll|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going|planning)\s+to|plans?\s+to|intends?\s+to)\b/i;
const WINDOW = 80;

export function isFutureContext(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - WINDOW), index);
  let clauseStart = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(before[i] ?? "")) {
      clauseStart = i + 1;
      break;
    }
  }
  return FUTURE_MARKER.test(before.slice(clauseStart));
}
