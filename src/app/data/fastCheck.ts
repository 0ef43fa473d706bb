/**
 * A fast check of events against the contract, for files too big for zod to check in
 * reasonable time (zod needs ~4 µs per event: 4 s for a million). It tests the same
 * rules as `EventSchema` in src/model/contract.ts, written as plain comparisons; a test
 * (test/app/data/fastCheck.test.ts) runs both on the same broken events so they cannot
 * drift apart. It only says which events fail: zod then explains those few.
 */
import { z } from "zod";
import {
  ActorRole,
  DateBasis,
  DatePrecision,
  EventType,
  StatementSubtype,
  VetoSubtype,
} from "../../model";

const TYPES = new Set<unknown>(EventType.options);
const STATEMENT_SUBTYPES = new Set<unknown>(StatementSubtype.options);
const VETO_SUBTYPES = new Set<unknown>(VetoSubtype.options);
const PRECISIONS = new Set<unknown>(DatePrecision.options);
const BASES = new Set<unknown>(DateBasis.options);
const ROLES = new Set<unknown>(ActorRole.options);
const ISO_DATE = z.regexes.date;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isId = (v: unknown) => typeof v === "string" && v.length > 0;
const isIsoDate = (v: unknown): v is string => typeof v === "string" && ISO_DATE.test(v);
const isCount = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isNullableString = (v: unknown) => v === null || typeof v === "string";

function checkActors(actors: unknown): boolean {
  if (!Array.isArray(actors)) return false;
  for (const a of actors) if (!isObject(a) || !isId(a.id) || !ROLES.has(a.role)) return false;
  return true;
}

function checkEvidence(evidence: unknown): boolean {
  if (!Array.isArray(evidence) || evidence.length === 0) return false;
  for (const e of evidence) {
    if (!isObject(e) || !isId(e.article) || !isId(e.sentence) || !isCount(e.start) || !isCount(e.end)) return false;
    if ((e.end as number) <= (e.start as number)) return false;
  }
  return true;
}

/** True when the value satisfies EventSchema. */
export function isValidEvent(e: unknown): boolean {
  if (!isObject(e)) return false;
  if (!isId(e.id) || !TYPES.has(e.type)) return false;
  if (!(e.type === "veto" ? VETO_SUBTYPES : STATEMENT_SUBTYPES).has(e.subtype)) return false;
  if (!isIsoDate(e.date)) return false;
  if (e.dateEnd !== undefined && (!isIsoDate(e.dateEnd) || e.dateEnd < e.date)) return false;
  if (!PRECISIONS.has(e.datePrecision) || !BASES.has(e.dateBasis)) return false;
  if (e.dateText !== undefined && typeof e.dateText !== "string") return false;
  if (typeof e.text !== "string" || typeof e.summary !== "string") return false;
  if (typeof e.confidence !== "number" || !(e.confidence >= 0 && e.confidence <= 1)) return false;
  if (e.draft !== undefined && !(isObject(e.draft) && isNullableString(e.draft.symbol) && isNullableString(e.draft.topic)))
    return false;
  return checkActors(e.actors) && checkEvidence(e.evidence);
}

/** Positions of the first `limit` invalid events. */
export function findInvalidEvents(events: readonly unknown[], limit: number): number[] {
  const bad: number[] = [];
  for (let i = 0; i < events.length && bad.length < limit; i++) if (!isValidEvent(events[i])) bad.push(i);
  return bad;
}
