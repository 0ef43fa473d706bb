/**
 * Which listed veto an article means: the most recent veto on or before the reference
 * day (publication, or the day the text gives) by the same members on the same topic,
 * within a window. Topics match on word stems ("Syrian" ~ "Syria") plus a few aliases
 * the list spells differently (Gaza → Israel-Palestine, DPRK → North Korea).
 */
import { addDays } from "../dates/calendar";
import type { ListedVeto } from "./vetoList";

export interface VetoQuery {
  /** Vetoing members (ISO); empty when the text does not say. */
  countries: readonly string[];
  /** Topic words from the text ("Syria"), or null. */
  topic: string | null;
  /** The latest day the veto can be on. */
  onOrBefore: string;
  /** How far back to look, in days. */
  windowDays: number;
}

const ALIASES: Record<string, string> = {
  gaza: "israel-palestine",
  palestine: "israel-palestine",
  palestinian: "israel-palestine",
  palestinians: "israel-palestine",
  israel: "israel-palestine",
  israeli: "israel-palestine",
  dprk: "north korea",
  pyongyang: "north korea",
  damascus: "syria",
  kyiv: "ukraine",
  kiev: "ukraine",
  crimea: "ukraine",
};
const STEM = 5;

function stems(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
  const out = new Set<string>();
  for (const word of words) {
    out.add(word.slice(0, STEM));
    const alias = ALIASES[word];
    if (alias) for (const a of alias.split(/[^\p{L}]+/u)) out.add(a.slice(0, STEM));
  }
  return out;
}

export function topicMatches(topic: string, veto: ListedVeto): boolean {
  const wanted = stems(topic);
  const listed = stems(`${veto.topic} ${veto.agenda}`);
  for (const stem of wanted) if (listed.has(stem)) return true;
  return false;
}

function sameCountries(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

export function findListedVeto(list: readonly ListedVeto[], query: VetoQuery): ListedVeto | undefined {
  const earliest = addDays(query.onOrBefore, -query.windowDays);
  for (let i = list.length - 1; i >= 0; i--) {
    const veto = list[i]!;
    if (veto.date > query.onOrBefore) continue;
    if (veto.date < earliest) return undefined;
    if (query.countries.length > 0 && !sameCountries(query.countries, veto.countries)) continue;
    if (query.topic === null ? query.countries.length === 0 : !topicMatches(query.topic, veto)) continue;
    return veto;
  }
  return undefined;
}
