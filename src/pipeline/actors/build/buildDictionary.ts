import type { DictionaryEntry } from "../dictionaryEntry";
import { foldText } from "../../../model/foldText";
import { uniqueRoles } from "../uniqueRoles";

/**
 * Joins the curated entries (countries table and supplement) with those converted from
 * Phoenix. Curated entries win: a Phoenix person who shares a full name with a curated
 * one is absorbed into it (bringing spelling variants, not roles); any other Phoenix
 * alias that a curated entry claims is dropped from the Phoenix entry. Phoenix entries
 * with the same id are one actor (the lists repeat people under variant spellings).
 */
export function buildDictionary(curated: readonly DictionaryEntry[], phoenix: readonly DictionaryEntry[]): DictionaryEntry[] {
  const byId = new Map<string, DictionaryEntry>();
  const claimed = new Map<string, DictionaryEntry>();
  for (const entry of curated) {
    if (byId.has(entry.id)) throw new Error(`duplicate curated actor id ${entry.id}`);
    const copy = { ...entry, aliases: [...entry.aliases] };
    byId.set(entry.id, copy);
    for (const alias of [...entry.aliases, ...(entry.adjectives ?? []), ...(entry.metonyms ?? [])]) {
      claimed.set(aliasKey(alias), copy);
    }
  }
  const curatedIds = new Set(byId.keys());

  for (const entry of phoenix) {
    const owner = entry.kind === "person" ? curatedTwin(entry, claimed, byId) : undefined;
    if (owner) {
      owner.aliases.push(...entry.aliases.filter((a) => a.includes(" ") && !claimed.has(aliasKey(a))));
      continue;
    }
    const aliases = entry.aliases.filter((a) => !claimed.has(aliasKey(a)));
    if (aliases.length === 0 || curatedIds.has(entry.id)) continue;
    const existing = byId.get(entry.id);
    if (existing) {
      existing.aliases.push(...aliases);
      const roles = uniqueRoles([...(existing.roles ?? []), ...(entry.roles ?? [])]);
      if (roles.length > 0) existing.roles = roles;
      existing.country ??= entry.country;
    } else {
      byId.set(entry.id, { ...entry, aliases });
    }
  }
  return [...byId.values()]
    .map((e) => ({ ...e, aliases: distinctAliases(e.aliases) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The curated person that a Phoenix person is: same id, or a shared name of two or more words. */
function curatedTwin(
  entry: DictionaryEntry,
  claimed: ReadonlyMap<string, DictionaryEntry>,
  byId: ReadonlyMap<string, DictionaryEntry>,
): DictionaryEntry | undefined {
  const same = byId.get(entry.id);
  if (same?.kind === "person") return same;
  for (const alias of entry.aliases) {
    const owner = alias.includes(" ") ? claimed.get(aliasKey(alias)) : undefined;
    if (owner?.kind === "person") return owner;
  }
  return undefined;
}

/** Aliases compare without case, accents, dots and hyphens: "Al-Assad" is "al Assad". */
export function aliasKey(alias: string): string {
  return foldText(alias.replaceAll(".", "")).replace(/^the\s+/, "").replace(/[\s\-‐]+/g, " ").trim();
}

/** One spelling per key; the one with the most capitals keeps acronyms strict ("UN" over "Un"). */
function distinctAliases(aliases: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const alias of aliases) {
    const key = aliasKey(alias);
    const kept = byKey.get(key);
    if (kept === undefined || capitals(alias) > capitals(kept)) byKey.set(key, alias);
  }
  return [...byKey.values()].sort();
}

function capitals(s: string): number {
  return s.replace(/[^\p{Lu}]/gu, "").length;
}
