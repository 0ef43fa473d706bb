import type { DictionaryEntry } from "./dictionaryEntry";
import { roleOn } from "../../model/roleOn";

/**
 * Chooses the actor an ambiguous name stands for ("Assad": Bashar or Hafez; "Clinton"):
 * one already named in the article; else one in office on the publication date; else
 * the one whose latest role began most recently before it (the press names the
 * current holder); ties by id, so the choice is stable.
 */
export function pickEntry(
  candidates: readonly DictionaryEntry[],
  inArticle: { has(id: string): boolean },
  published: string | null,
): DictionaryEntry | undefined {
  if (candidates.length <= 1) return candidates[0];
  const named = candidates.filter((c) => inArticle.has(c.id));
  if (named.length > 0) return named.sort(byId)[0];
  const scored = candidates.map((entry) => ({ entry, score: score(entry, published) }));
  scored.sort((a, b) => (a.score > b.score ? -1 : a.score < b.score ? 1 : byId(a.entry, b.entry)));
  return scored[0]?.entry;
}

function score(entry: DictionaryEntry, published: string | null): string {
  const date = published ?? "9999-12-31";
  const inOffice = entry.roles !== undefined && roleOn(entry, date) !== null && (entry.roles.some((r) => r.from || r.to));
  const latestStart = (entry.roles ?? [])
    .map((r) => r.from ?? "")
    .filter((from) => from <= date)
    .sort()
    .at(-1) ?? "";
  return `${inOffice ? 1 : 0}|${latestStart}`;
}

function byId(a: DictionaryEntry, b: DictionaryEntry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
