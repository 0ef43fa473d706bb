/**
 * When is an output event the gold item? Statements: the speaker matches and the event's
 * text holds most of the gold text. Vetoes: the event's evidence is a sentence the gold
 * lists for that veto; among vetoes of one sentence, the country set and subtype decide.
 */
import type { GoldStatement, GoldVeto } from "./gold";
import type { SpeakerName } from "./speaker";
import { speakerMatches } from "./speaker";
import type { StoryEvent } from "./stories";
import { containment, contentWords } from "./text";

/** Share of the gold text's content words the event text must contain. */
export const TEXT_CONTAINMENT = 0.6;
/**
 * Share of the event text's content words that must be gold words: an event whose text
 * is a whole paragraph would otherwise contain every statement in it.
 */
export const TEXT_FOCUS = 0.2;
/** Share of the shorter sentence's content words found in the longer one. */
export const SENTENCE_OVERLAP = 0.6;
/** Evidence shorter than this says too little to locate a veto. */
const MIN_SENTENCE_WORDS = 3;

export type SpeakerLookup = (actorId: string) => SpeakerName;

export function speakersOf(item: StoryEvent, lookup: SpeakerLookup): SpeakerName[] {
  return item.event.actors.filter((a) => a.role === "speaker").map((a) => lookup(a.id));
}

export function statementScore(gold: GoldStatement, item: StoryEvent, lookup: SpeakerLookup): number | null {
  if (item.event.type !== "statement") return null;
  if (!speakersOf(item, lookup).some((s) => speakerMatches(gold.speaker, s))) return null;
  const covered = containment(gold.text, item.event.text);
  if (covered < TEXT_CONTAINMENT || containment(item.event.text, gold.text) < TEXT_FOCUS) return null;
  return covered;
}

/** The same sentence, allowing for different cleaning and for sentences split or joined. */
export function sameSentence(a: string, b: string): boolean {
  const [shorter, longer] = contentWords(a).size <= contentWords(b).size ? [a, b] : [b, a];
  return contentWords(shorter).size >= MIN_SENTENCE_WORDS && containment(shorter, longer) >= SENTENCE_OVERLAP;
}

export function sameCountries(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((c) => set.has(c));
}

export function vetoingCountries(item: StoryEvent, countryOf: (actorId: string) => string | undefined): string[] {
  const codes = item.event.actors
    .filter((a) => a.role === "vetoing")
    .map((a) => countryOf(a.id))
    .filter((c): c is string => c !== undefined);
  return [...new Set(codes)].sort();
}

export function vetoScore(
  gold: GoldVeto,
  item: StoryEvent,
  countryOf: (actorId: string) => string | undefined,
): number | null {
  if (item.event.type !== "veto") return null;
  const located = gold.sentences.some((g) => item.sentences.some((s) => sameSentence(g, s)));
  if (!located) return null;
  const got = vetoingCountries(item, countryOf);
  const shared = got.filter((c) => gold.countries.includes(c)).length;
  const jaccard = shared / new Set([...got, ...gold.countries]).size;
  return 1 + jaccard + (item.event.subtype === gold.subtype ? 0.5 : 0);
}
