/**
 * The quality targets of issue 3, part 12, checked on one corpus score.
 */
import type { CorpusScore } from "./score";
import { ratio } from "./score";

export interface TargetCheck {
  measure: string;
  /** Shown as is: "0.947 (36/38)". */
  result: string;
  target: string;
  /** null for figures shown for information only. */
  pass: boolean | null;
}

export const STATEMENT_PRECISION = 0.95;
export const STATEMENT_RECALL = 0.9;
export const DATE_ACCURACY = 0.9;

function fraction(n: number, d: number): string {
  const r = ratio(n, d);
  return r === null ? `n/a (${n}/${d})` : `${r.toFixed(3)} (${n}/${d})`;
}

/** At least `min`; an undefined ratio passes only when there was nothing to find. */
function atLeast(n: number, d: number, min: number, nothingToFind: boolean): boolean {
  const r = ratio(n, d);
  return r === null ? nothingToFind : r >= min;
}

export function checkTargets(s: CorpusScore): TargetCheck[] {
  const st = s.statements;
  const ve = s.vetoes;
  const nothing = st.gold === 0 && ve.gold === 0;
  return [
    {
      measure: "statements precision",
      result: fraction(st.hits, st.output),
      target: `>= ${STATEMENT_PRECISION}`,
      pass: atLeast(st.hits, st.output, STATEMENT_PRECISION, st.gold === 0),
    },
    {
      measure: "statements recall",
      result: fraction(st.hits, st.gold),
      target: `>= ${STATEMENT_RECALL}`,
      pass: atLeast(st.hits, st.gold, STATEMENT_RECALL, true),
    },
    { measure: "vetoes precision", result: fraction(ve.hits, ve.output), target: "(info)", pass: null },
    { measure: "vetoes recall", result: fraction(ve.hits, ve.gold), target: "(info)", pass: null },
    {
      measure: "vetoes found with their countries",
      result: `${s.vetoCountries.right}/${s.vetoCountries.gold}`,
      target: "all",
      pass: s.vetoCountries.right === s.vetoCountries.gold,
    },
    {
      measure: "dates right (matched events)",
      result: fraction(s.dates.right, s.dates.total),
      target: `>= ${DATE_ACCURACY}`,
      pass: atLeast(s.dates.right, s.dates.total, DATE_ACCURACY, nothing),
    },
    { measure: "events from page chrome", result: String(s.chromeEvents), target: "0", pass: s.chromeEvents === 0 },
    {
      measure: "statement subtype agrees",
      result: fraction(s.statementSubtype.right, s.statementSubtype.total),
      target: "(info)",
      pass: null,
    },
  ];
}
