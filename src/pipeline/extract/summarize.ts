/**
 * Short timeline labels: "Lavrov: Russia and Turkey have a similar stance on Syria",
 * "Medvedev defends the Russian-Chinese veto on a UN Security Council resolution…".
 * Persons go by surname, bodies and countries by name.
 */
import type { Actor } from "../../model";

export const SUMMARY_LENGTH = 90;

export function shortName(actor: Actor): string {
  return actor.kind === "person" ? (actor.name.split(/\s+/).at(-1) ?? actor.name) : actor.name;
}

export function joinNames(actors: readonly Actor[]): string {
  const names = actors.map(shortName);
  if (names.length <= 2) return names.join(" and ");
  return `${names[0]} and ${names.length - 1} others`;
}

/** Cuts at a word boundary and marks the cut. */
export function truncate(text: string, length = SUMMARY_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `predicate` is "defends the veto…" for verbs that keep their object, else null. */
export function summarize(speakers: readonly Actor[], claim: string, predicate: string | null): string {
  const who = joinNames(speakers);
  const what = claim.replace(/^[“”"‘’'\s]+|[“”"‘’'\s.,;:]+$/g, "");
  return truncate(predicate ? `${who} ${predicate}` : `${who}: ${capitalize(what)}`);
}
