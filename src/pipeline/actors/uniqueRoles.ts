import type { Role } from "../../model";

/**
 * Roles without repeats (same title and dates), in time order (by start, then end, then
 * title; undated first), copied without undefined fields. One order everywhere keeps
 * the event file byte-identical across runs.
 */
export function uniqueRoles(roles: readonly Role[]): Role[] {
  const byKey = new Map<string, Role>();
  for (const role of roles) byKey.set(`${role.from ?? ""}|${role.to ?? ""}|${role.title}`, role);
  return [...byKey.keys()].sort().map((key) => {
    const role = byKey.get(key)!;
    return { title: role.title, ...(role.from ? { from: role.from } : {}), ...(role.to ? { to: role.to } : {}) };
  });
}
