import type { Actor, Role } from "./contract";

/**
 * The title of the role `actor` held on `date` (YYYY-MM-DD), or null. When several
 * roles cover the day, the one that began last is the current one; a role without
 * dates holds on any day but yields to a dated one.
 */
export function roleOn(actor: Pick<Actor, "roles">, date: string): string | null {
  let best: Role | null = null;
  for (const role of actor.roles ?? []) {
    if (!covers(role, date)) continue;
    if (best === null || rank(role) > rank(best)) best = role;
  }
  return best?.title ?? null;
}

function covers(role: Role, date: string): boolean {
  return (role.from === undefined || role.from <= date) && (role.to === undefined || date <= role.to);
}

/** Dated roles beat undated ones; among dated, the later start wins. */
function rank(role: Role): string {
  if (role.from === undefined && role.to === undefined) return "";
  return role.from ?? "0000";
}
