/** Event types and subtypes in words, for the detail panel, the list and the type filter. */
import type { EventSubtype, EventType } from "../../model";

export const SUBTYPE_LABELS: Record<EventSubtype, string> = {
  direct: "direct quote",
  reported: "reported speech",
  cast: "veto cast",
  threatened: "veto threatened",
  referenced: "earlier veto referred to",
};

export const TYPE_LABELS: Record<EventType, string> = {
  statement: "Statement",
  veto: "Veto",
};

/**
 * The subtypes of each type, in the order the filter lists them. Written out rather
 * than read from the contract's zod enums, which would pull zod into the page's first
 * download; a unit test keeps the two in step.
 */
export const SUBTYPES_BY_TYPE: Record<EventType, readonly EventSubtype[]> = {
  statement: ["direct", "reported"],
  veto: ["cast", "threatened", "referenced"],
};

export const ALL_SUBTYPES: readonly EventSubtype[] = [...SUBTYPES_BY_TYPE.statement, ...SUBTYPES_BY_TYPE.veto];

/** The subtype alone, as a label starting with a capital ("Veto cast"). */
export function subtypeLabel(subtype: EventSubtype): string {
  const label = SUBTYPE_LABELS[subtype];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "Veto: veto threatened" reads badly, so vetoes name only the subtype. */
export function describeEventType(type: EventType, subtype: EventSubtype): string {
  return type === "veto" ? subtypeLabel(subtype) : `${TYPE_LABELS[type]}, ${SUBTYPE_LABELS[subtype]}`;
}
