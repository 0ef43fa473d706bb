/**
 * The actor filter's list: actors grouped under their country's name, persons and the
 * country itself together, organisations and actors without a country under "Other".
 * Country names come from the file's country actors ("RUS" → "Russia"), else from the
 * built-in table; an unknown code stays a code rather than a guess.
 */
import type { Actor } from "../../model";
import { countryName } from "../format/countryName";
import { foldForSearch } from "./foldForSearch";

export interface ActorGroup {
  /** Country code, or null for "Other". */
  country: string | null;
  label: string;
  actors: Actor[];
}

export const OTHER_LABEL = "Other";

const byName = new Intl.Collator("en", { sensitivity: "base" });

function groupKey(actor: Actor): string | null {
  return actor.kind === "organization" ? null : (actor.country ?? null);
}

export function groupActorsByCountry(actors: Iterable<Actor>): ActorGroup[] {
  const countryNames = new Map<string, string>();
  const groups = new Map<string | null, Actor[]>();
  for (const actor of actors) {
    if (actor.kind === "country" && actor.country) countryNames.set(actor.country, actor.name);
    const key = groupKey(actor);
    const members = groups.get(key);
    if (members) members.push(actor);
    else groups.set(key, [actor]);
  }
  const result: ActorGroup[] = [];
  for (const [country, members] of groups) {
    // The country first (it casts the vetoes), then people by name.
    members.sort((a, b) => Number(b.kind === "country") - Number(a.kind === "country") || byName.compare(a.name, b.name));
    result.push({ country, label: country === null ? OTHER_LABEL : (countryNames.get(country) ?? countryName(country) ?? country), actors: members });
  }
  return result.sort((a, b) => Number(a.country === null) - Number(b.country === null) || byName.compare(a.label, b.label));
}

/** Keeps actors whose name matches the search; a matching country name keeps its whole group. */
export function searchActorGroups(groups: readonly ActorGroup[], search: string): ActorGroup[] {
  const needle = foldForSearch(search.trim());
  if (!needle) return [...groups];
  const result: ActorGroup[] = [];
  for (const group of groups) {
    if (group.country !== null && foldForSearch(group.label).includes(needle)) {
      result.push(group);
      continue;
    }
    const actors = group.actors.filter((actor) => foldForSearch(actor.name).includes(needle) || foldForSearch(actor.id).includes(needle));
    if (actors.length > 0) result.push({ ...group, actors });
  }
  return result;
}
