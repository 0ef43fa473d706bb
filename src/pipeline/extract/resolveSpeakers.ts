/**
 * Turns a speaker phrase into actors. In each coordinated part the head decides:
 * a named person ("White House Spokesman Jay Carney"); else a body or country that the
 * head noun speaks for ("the Kremlin press service", "Russia's foreign ministry", "Syrian
 * authorities"); else a pronoun or definite description, resolved from the discourse.
 * Unnamed groups ("Western diplomats", "members of the council") give no speaker.
 */
import type { Actor } from "../../model";
import { kebabId } from "../actors/kebabId";
import type { Mention } from "../types";
import type { ArticleView } from "./articleView";
import type { Discourse } from "./discourse";
import type { Conjunct, SpeakerPhrase } from "./speakerPhrase";
import { unrecognizedName } from "./unrecognizedName";
import { ANONYMOUS_NOUNS, BODY_VOICE_NOUNS, GROUP_NOUNS, RELAY_NOUNS, ROLE_NOUNS } from "./speakerWords";

/** How the speaker was found; less direct ways earn less confidence. */
export type SpeakerVia = "name" | "body" | "pronoun" | "description";

export interface ResolvedSpeakers {
  actors: Actor[];
  via: SpeakerVia;
  /** The head names a channel ("the Kremlin press service", "Anatolia news agency"). */
  relayHead: boolean;
}

const VIA_RANK: Record<SpeakerVia, number> = { name: 0, body: 1, description: 2, pronoun: 3 };

function followedByPossessive(view: ArticleView, mention: Mention): boolean {
  return /^['’]s?\b|^['’]$/.test(view.text.slice(mention.end, mention.end + 2));
}

function headNoun(part: Conjunct): string {
  return (part.words.at(-1) ?? "").replace(/['’]s?$/, "");
}

/** "Western members of the Security Council": the head is the noun before "of", not the body after it. */
function headBeforeOf(part: Conjunct): string | undefined {
  const of = part.words.indexOf("of");
  return of > 0 ? part.words[of - 1] : undefined;
}

/** "installed by", "backed by" right before a phrase: the phrase is a participle's agent ("quoted by" relays are not). */
const PARTICIPLE_AGENT = /\b(?!quoted\b|cited\b)[a-z]+ed\s+by\s+$/;

function resolvePart(view: ArticleView, part: Conjunct, discourse: Discourse): { actor: Actor; via: SpeakerVia } | null {
  if (part.capitalName) return capitalPerson(view, part, discourse);
  const head = headNoun(part);
  const ofHead = headBeforeOf(part);
  if (ofHead && (ANONYMOUS_NOUNS.has(ofHead) || GROUP_NOUNS.has(ofHead))) return null;
  // "the interim government installed by Pretoria in 1985 said": the agent of a participle modifies
  // the subject's head and never speaks ("chaired by NAME, who told" is the agent's own clause).
  if (PARTICIPLE_AGENT.test(view.text.slice(Math.max(0, part.start - 40), part.start)) && !/^\s*,/.test(view.text.slice(part.end, part.end + 3))) return null;
  const actors = part.mentions
    .map((m) => ({ mention: m, actor: view.actorOf(m), possessive: followedByPossessive(view, m) }))
    .filter((x): x is { mention: Mention; actor: Actor; possessive: boolean } => x.actor !== undefined);
  const headMention = actors.find((x) => x.mention.end >= part.end - 1);
  const person = actors.filter((x) => x.actor.kind === "person" && !x.possessive).at(-1);
  if (person) return { actor: person.actor, via: "name" };
  const affiliated = personOfBody(view, part);
  if (affiliated) return { actor: affiliated, via: "name" };
  if (headMention && !headMention.possessive) return { actor: headMention.actor, via: "name" };
  if (ANONYMOUS_NOUNS.has(head)) return null;
  const body = actors.filter((x) => x.actor.kind !== "person").at(-1);
  if (body && (BODY_VOICE_NOUNS.has(head) || RELAY_NOUNS.has(head) || ROLE_NOUNS.has(head))) {
    return { actor: body.actor, via: "body" };
  }
  if (actors.length === 0 && ROLE_NOUNS.has(head)) {
    const described = discourse.description(head, part.start);
    return described ? { actor: described, via: "description" } : null;
  }
  return namedPerson(view, part, discourse, actors);
}

/**
 * "Richard Dicker of Human Rights Watch": a full name before "of" is a person of that body,
 * not the body.
 */
function personOfBody(view: ArticleView, part: Conjunct): Actor | null {
  const of = /\s+of\s+/.exec(view.text.slice(part.start, part.end));
  if (!of) return null;
  const before: Conjunct = { ...part, end: part.start + of.index, mentions: view.mentionsWithin(part.start, part.start + of.index) };
  if (before.mentions.length > 0) return null;
  const name = unrecognizedName(view, before);
  if (!name) return null;
  const body = part.mentions.map((m) => view.actorOf(m)).find((a): a is Actor => a !== undefined && a.kind !== "person");
  const country = body?.kind === "country" ? body.id : body?.country;
  return { id: kebabId(name), name, kind: "person", ...(country ? { country } : {}) };
}

/**
 * A person the recognition missed: a surname the article named before in full ("Wang
 * told the council" after "Ambassador Wang Guangya"), or a full name of its own, kept
 * as a new person actor with the country its phrase names ("China's envoy Zhang Jun").
 */
function namedPerson(
  view: ArticleView,
  part: Conjunct,
  discourse: Discourse,
  actors: readonly { actor: Actor }[],
): { actor: Actor; via: SpeakerVia } | null {
  const last = part.names.at(-1);
  if (last !== undefined && part.words.at(-1) === last.toLowerCase()) {
    const known = discourse.named(last, part.start);
    if (known) return { actor: known, via: "name" };
  }
  const name = unrecognizedName(view, part);
  if (!name) return null;
  const country = actors.map((x) => (x.actor.kind === "country" ? x.actor.id : x.actor.country)).find(Boolean);
  const actor: Actor = { id: kebabId(name), name, kind: "person", ...(country ? { country } : {}) };
  return { actor, via: "name" };
}

/**
 * "JOHN R. BOLTON (United States)": a person of the country or organisation in the
 * parentheses, named in normal case; the same person when the article named him before.
 */
function capitalPerson(view: ArticleView, part: Conjunct, discourse: Discourse): { actor: Actor; via: SpeakerVia } {
  const name = part.capitalName!;
  const actors = part.mentions.map((m) => view.actorOf(m)).filter((a): a is Actor => a !== undefined);
  // The recognised person only when the surnames agree: "CAROLYN RODRIGUES" read inside
  // "CAROLYN RODRIGUES-BIRKETT" is someone else.
  const surname = name.split(" ").at(-1)!.toLowerCase();
  const recognised = actors.find((a) => a.kind === "person" && a.name.split(" ").at(-1)!.toLowerCase() === surname);
  if (recognised) return { actor: recognised, via: "name" };
  const known = discourse.named(name.split(" ").at(-1)!, part.start);
  if (known && kebabId(known.name) === kebabId(name)) return { actor: known, via: "name" };
  const body = actors.find((a) => a.kind !== "person");
  const country = body?.kind === "country" ? body.id : body?.country;
  const actor: Actor = { id: kebabId(name), name, kind: "person", ...(country ? { country } : {}) };
  return { actor, via: "name" };
}

export function resolveSpeakers(view: ArticleView, phrase: SpeakerPhrase, discourse: Discourse): ResolvedSpeakers | null {
  if (phrase.pronoun) {
    if (phrase.pronoun === "they") return null;
    const actor = discourse.pronoun(phrase.pronoun, phrase.start);
    return actor ? { actors: [actor], via: "pronoun", relayHead: false } : null;
  }
  const resolved = phrase.conjuncts.map((part) => resolvePart(view, part, discourse));
  // A list with a part we cannot name is a group we would misreport in part.
  if (resolved.length === 0 || resolved.some((r) => r === null)) return null;
  const parts = resolved as { actor: Actor; via: SpeakerVia }[];
  const actors = [...new Map(parts.map((p) => [p.actor.id, p.actor])).values()];
  const via = parts.map((p) => p.via).reduce((a, b) => (VIA_RANK[a] >= VIA_RANK[b] ? a : b));
  const last = phrase.conjuncts.at(-1);
  const relayHead = last !== undefined && RELAY_NOUNS.has(headNoun(last)) && last.words.length > 1;
  return { actors, via, relayHead };
}

/** Records the resolved speakers so later pronouns and descriptions can find them. */
export function rememberSpeakers(discourse: Discourse, phrase: SpeakerPhrase, speakers: ResolvedSpeakers): void {
  if (phrase.pronoun) {
    const pronoun = phrase.pronoun === "he" || phrase.pronoun === "she" ? phrase.pronoun : undefined;
    for (const actor of speakers.actors) discourse.remember(actor, phrase.start, [], pronoun);
    return;
  }
  phrase.conjuncts.forEach((part, i) => {
    const actor = speakers.actors[Math.min(i, speakers.actors.length - 1)];
    if (actor) discourse.remember(actor, part.start, part.words);
  });
}
