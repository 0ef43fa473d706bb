import type { Actor } from "../../model";
import { uniqueRoles } from "./uniqueRoles";

/**
 * Joins the actor lists of several articles: one actor per id, the first name and kind
 * seen, the first country known, roles united, deduplicated and sorted. The result is
 * sorted by id and does not depend on the order of the lists.
 */
export function mergeActors(lists: readonly (readonly Actor[])[]): Actor[] {
  const byId = new Map<string, Actor[]>();
  for (const actor of lists.flat()) {
    const group = byId.get(actor.id);
    if (group) group.push(actor);
    else byId.set(actor.id, [actor]);
  }
  return [...byId.keys()].sort(compare).map((id) => mergeOne(byId.get(id)!));
}

function mergeOne(versions: readonly Actor[]): Actor {
  // order-independent choice: the longest name, then the alphabetically first
  const [first] = [...versions].sort((a, b) => b.name.length - a.name.length || compare(a.name, b.name));
  const country = versions.map((v) => v.country).filter((c) => c !== undefined).sort(compare)[0];
  const roles = uniqueRoles(versions.flatMap((v) => v.roles ?? []));
  return {
    id: first!.id,
    name: first!.name,
    kind: first!.kind,
    ...(country ? { country } : {}),
    ...(roles.length > 0 ? { roles } : {}),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
