/**
 * The office an actor held on a given day ("Prime Minister of Russia" for Putin in
 * February 2012, "President of Russia" from May 2012). ISO dates compare as strings.
 */
import type { Actor } from "../../model";

export function roleOnDate(actor: Pick<Actor, "roles">, isoDate: string): string | null {
  let best: { title: string; from: string } | null = null;
  for (const role of actor.roles ?? []) {
    const from = role.from ?? "";
    if (from > isoDate) continue;
    // Both ends are inclusive (the reference actor tables say so).
    if (role.to !== undefined && role.to < isoDate) continue;
    // Overlapping roles (a handover day): the most recently taken one describes the person best.
    if (!best || from >= best.from) best = { title: role.title, from };
  }
  return best?.title ?? null;
}
