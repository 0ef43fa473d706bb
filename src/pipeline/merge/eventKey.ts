/**
 * What makes two drafts the same event, as a string. Statements: type, subtype,
 * speakers, date (and range end) and the words said, normalised so that re-cleaning,
 * curly versus straight quotes and case do not matter. Vetoes: type, subtype, vetoing
 * members, date and the draft (symbol, else topic); their sentences differ from report
 * to report, so the text is left out. Relays are left out too: one outlet credits the
 * news agency, another does not, and it is still one statement.
 */
import { foldText } from "../../model/foldText";
import type { DraftEvent } from "../types";

/** Folded like actor names (case, accents), punctuation and quote styles reduced to spaces. */
export function normaliseText(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function idsWithRole(draft: DraftEvent, role: string): string {
  return [...new Set(draft.actors.filter((a) => a.role === role).map((a) => a.id))].sort().join(",");
}

export function eventKey(draft: DraftEvent): string {
  const when = `${draft.date}..${draft.dateEnd ?? draft.date}`;
  if (draft.type === "veto") {
    const what = draft.draft?.symbol ?? normaliseText(draft.draft?.topic ?? "");
    return ["veto", draft.subtype, idsWithRole(draft, "vetoing"), when, what].join("|");
  }
  return [draft.type, draft.subtype, idsWithRole(draft, "speaker"), when, normaliseText(draft.text)].join("|");
}
