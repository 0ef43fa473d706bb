/**
 * Veto expressions of one sentence (outside quotations), with who vetoes.
 *
 *   cast        "Russia and China vetoed…", "used its veto", "cast a veto", "was vetoed by
 *               Russia", "blocked … with a veto", "blocked by a Russian veto"
 *   threatened  "would/will/could veto", "threatened to veto", "vowed to veto/block (a
 *               resolution)", "the threat of a veto"
 *   referenced  a veto named as a thing: "the Russian-Chinese veto", "Russia's veto", "the
 *               veto by Russia and China" (needs its countries: "veto power" is no event)
 *
 * Countries: the permanent members named in the subject ("it" is the sentence's opening
 * subject), after "by", or as adjectives and possessives of the veto noun.
 */
import type { Span } from "../types";
import { isPermanentMember } from "../vetoes/permanentMembers";
import type { ArticleView } from "./articleView";
import type { Sentence } from "../types";
import { subjectAtStart, subjectBefore, type SpeakerPhrase } from "./speakerPhrase";
import { datelineLength } from "./dateline";
import { whenClauses } from "./vetoClauses";
import { isCapitalized, isPossessive, tokenBefore } from "./textTokens";
import type { VetoSubtype } from "../../model";

export interface VetoExpression extends Span {
  subtype: VetoSubtype;
  /** ISO codes of the vetoing members the text names, sorted; may be empty. */
  countries: string[];
}

const CAST = [
  // "joined the United States and Britain in blocking a resolution": the subject and those it joined veto together.
  /\bjoin(?:ed|s)\s+[^,.;]{1,80}?\s+in\s+(?:blocking|vetoing)\b/g,
  /\b(?:vetoed|vetoes|vetoing)\b(?![-\s](?:power|right|wielding))/g,
  /\b(?:used|uses|using|cast|casts|casting|exercised|exercises|wielded)\s+(?:(?:its|their|a|the|his|her)\s+)?(?:\S+\s+){0,2}?(?:vetoe?s?|veto\s+power)\b/g,
  // "when it blocked a draft on the Comoros": a permanent member blocking a draft is a veto.
  /\bblocked\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:draft|resolution|text)\b/g,
  // A permanent member's vote against a draft is its veto ("Russia on Monday voted against a Western-drafted resolution").
  /\bvot(?:ed|es)\s+against\s+(?:it|the|a|an|this|that)\b(?:\s+(?:[\w-]+\s+){0,2}?(?:draft|resolution|text|measure)\b)?/g,
  // UN wording: "owing to the negative vote of a permanent member, the United States", "following its negative vote on 13 July".
  /\bnegative\s+votes?\b/gi,
];
/** In a when-clause of a veto sentence ("since 1972, when Beijing blocked the admission of …") any blocking is the earlier veto. */
const BLOCKED_IN_CLAUSE = /\b(?:blocked|vetoed)\b/g;
/** The sentence talks about vetoes, or counts them ("The first was last September, when it blocked …"). */
const VETO_TALK = /\bveto|\b(?:first|second|third|fourth|fifth|last)\b/i;
const THREATENED = [
  /\b(?:would|will|could|might|may|'d|’d|to)\s+(?:(?:likely|probably|certainly|not\s+hesitate\s+to|again)\s+)?veto\b(?!\s+(?:power|right))/g,
  // "signalled that it would use its veto": the future of "used its veto" is a threat.
  /\b(?:would|will|could|might|may|'d|’d|to)\s+(?:(?:likely|probably|certainly|again)\s+)?(?:use|cast|wield|exercise)\s+(?:its|their|a|the)\s+veto\b(?!\s+(?:power|right))/g,
  /\bthreat(?:en|ens|ened|ening)?\s+(?:of\s+)?(?:to\s+)?(?:use\s+)?(?:a|its|their)?\s*(?:\S+\s+)?veto\b/g,
  /\b(?:(?:vow(?:s|ed|ing)?|pledg(?:es|ed|ing)|promis(?:es|ed|ing))\s+(?:\S+\s+){0,3}?to|would|will)\s+block\b(?=(?:[^.]|(?<=\b\p{Lu})\.){0,80}\b(?:resolution|draft|text|measure|extension|renewal|action|proposal|attempt|move|effort|bid)s?\b)/gu,
  // A permanent member's vote against, announced ("France would vote against a second resolution"), is a threatened veto.
  /\b(?:would|will|'d|’d)\s+vote\s+against\s+(?:it|the|a|an|this|that|any)\b/g,
];
/** "has not cast a veto since 1989", "never vetoed": no veto of that kind. */
const NEGATED_VERB = /\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$/i;
/** "Britain vetoed …, and was joined by the United States": a second vetoing member later in the sentence. */
const JOINED_BY = /\b(?:was|were)\s+joined\s+by\s+([^,;.()]*)/;
/** "Britain vetoed …, and the United States joined it": the second member as the subject of "joined". */
const JOINED_IT = /,\s+and\s+([^,;.()]{1,60}?)\s+joined\s+(?:it|them|in\b|the\s+veto)/;
/** "no vetoes by …", "without a veto": a rule, not an event. */
const NEGATED_NOUN = /\b(?:no|without|any)\s+(?:\S+\s+)?$/i;
/** "has used the veto far less often": a habit, an event only when the sentence dates one. */
const HABITUAL = /\b(?:often|rarely|frequently|seldom|times|routinely|regularly)\b/;
const VETO_NOUN = /\bvetoe?s?\b(?![-\s](?:power|right|wielding))/g;
/** Words that may stand before the veto noun in its phrase ("the second Russian-Chinese veto"). */
const VETO_MODIFIERS = new Set(
  "the a an its their our his her double joint latest most recent previous last fresh new another repeated first second third fourth fifth sixth".split(" "),
);
/** "a Russian veto would be …", "a veto made such an authorisation impossible": a veto as a possibility, no event. */
const INDEFINITE = /^an?\b/i;
/** "Its most recent veto", "their last veto": a member named by a possessive pronoun, the veto mentioned last. */
const POSSESSIVE_PRONOUN = /^(?:its|their)\b/i;
/** "we would veto", "that we vetoed": the speaker's own government, in a briefing answer. */
const WE_BEFORE = /\bwe\s+(?:(?:would|will|could|might|had|have|did)\s+)?(?:(?:not\s+)?(?:likely|probably|certainly|again)\s+)?$/i;
const BLOCKED_BY = /\bblocked\b[^.;]{0,100}\b(?:by|with)\s+(?:\S+\s+){0,4}$/;
const COMMON_NOUN_RELATIVE = /\b[a-z]+\s+(?:that|which|who)\s+(?:(?:had|has|have)\s+)?$/;
const JOINED_IN = /^join(?:ed|s)\s+/;
const BY_AGENT = /^\s*(?:(?:cast|used|exercised|wielded)\s+(?:[a-z]+ly\s+)?)?(?:by|from)\s+/;
/** "The first veto aimed squarely at the mechanism, cast jointly by Russia and China": the agent after a participle phrase. */
const LATER_AGENT = /^[^.;,]{0,80},\s*(?=(?:cast|used|exercised|wielded)\s+(?:[a-z]+ly\s+)?by\s)/;
/** "the United States, joined by Britain and France, vetoed": partners in an appositive before the verb. */
const JOINED_BEFORE = /,\s+joined\s+by\s+([^,;.()]*),\s*(?:[\w-]+\s+){0,3}$/;
/** "the negative vote of a permanent member, the United States": the members named after "of". */
const NEGATIVE_OF = /^\s*(?:of|by|from)\s+(?:(?:a|one)\s+permanent\s+member\s*,?\s*)?[^;.()]{0,40}/i;

function overlaps(a: Span, spans: readonly Span[]): boolean {
  return spans.some((b) => a.start < b.end && b.start < a.end);
}

function membersIn(view: ArticleView, span: Span): string[] {
  const codes = view
    .mentionsWithin(span.start, span.end)
    .map((m) => view.actorOf(m))
    .map((actor) => (actor?.kind === "country" ? actor.id : actor?.country))
    .filter(isPermanentMember);
  return [...new Set(codes)].sort();
}

/**
 * "it" and "they" are the sentence's opening subject, else the members of the veto
 * mentioned last ("Moscow and Beijing used their veto … On Tuesday, they blocked …").
 */
function membersOfPhrase(view: ArticleView, phrase: SpeakerPhrase | null, sentence: Sentence, context: readonly string[]): string[] {
  if (!phrase) return [];
  if (phrase.pronoun === "it" || phrase.pronoun === "they") {
    const opening = subjectAtStart(view, sentence.start + datelineLength(sentence.text), phrase.start);
    const named = opening && !opening.pronoun ? membersIn(view, opening) : [];
    return named.length > 0 ? named : [...context];
  }
  return membersIn(view, phrase);
}

/** "was vetoed by Russia and China", "the veto by the United States": the agent after "by". */
function agentAfter(view: ArticleView, pos: number, sentence: Sentence): string[] {
  const rest = view.text.slice(pos, sentence.end);
  const by = BY_AGENT.exec(rest);
  if (!by) return [];
  const clause = /^[^,;.()]*/.exec(rest.slice(by[0].length))?.[0] ?? "";
  const start = pos + by[0].length;
  return membersIn(view, { start, end: start + clause.length });
}

/**
 * Members vetoing alongside the verb's subject: "joined the United States and Britain in
 * blocking", "vetoed …, and was joined by the United States", "vetoed …, and the United
 * States joined it".
 */
function partnersOf(view: ArticleView, sentence: Sentence, span: Span): string[] {
  const words = view.text.slice(span.start, span.end);
  const joinedIn = JOINED_IN.exec(words);
  if (joinedIn) return membersIn(view, { start: span.start + joinedIn[0].length, end: span.end });
  const before = JOINED_BEFORE.exec(view.text.slice(sentence.start, span.start));
  if (before?.[1]) {
    const start = sentence.start + before.index + before[0].indexOf(before[1], before[0].indexOf("joined"));
    return membersIn(view, { start, end: start + before[1].length });
  }
  const rest = view.text.slice(span.end, sentence.end);
  const joinedBy = JOINED_BY.exec(rest);
  if (joinedBy?.[1]) {
    const start = span.end + joinedBy.index + joinedBy[0].length - joinedBy[1].length;
    return membersIn(view, { start, end: start + joinedBy[1].length });
  }
  const joinedIt = JOINED_IT.exec(rest);
  if (!joinedIt?.[1]) return [];
  const start = span.end + joinedIt.index + joinedIt[0].indexOf(joinedIt[1], 1);
  return membersIn(view, { start, end: start + joinedIt[1].length });
}

/** Start of the veto noun's phrase: its determiners, adjectives and possessives. */
function nounPhraseStart(view: ArticleView, nounStart: number, floor: number): number {
  let start = nounStart;
  for (let token = tokenBefore(view, start, floor); token?.kind === "word"; token = tokenBefore(view, start, floor)) {
    const word = token.text;
    if (!isCapitalized(word) && !isPossessive(word) && !VETO_MODIFIERS.has(word.toLowerCase())) break;
    start = token.start;
  }
  return start;
}

function verbMembers(view: ArticleView, sentence: Sentence, match: Span, dates: readonly Span[], context: readonly string[]): string[] {
  // "the countries that had blocked the text": the subject is the common noun, never the sentence's speaker.
  if (COMMON_NOUN_RELATIVE.test(view.text.slice(sentence.start, match.start))) return [];
  const passive = /\b(?:was|were|been|being)\s+$/.test(view.text.slice(sentence.start, match.start));
  if (passive) return agentAfter(view, match.end, sentence);
  // The vetoing member is the agent even inside a clause ("the first time that Britain had used the veto").
  const phrase = subjectBefore(view, match.start, sentence.start, dates, true);
  const named = membersOfPhrase(view, phrase, sentence, context);
  if (named.length > 0) return named;
  // "Britain threatened to veto", "Russia is expected to veto": the subject of the clause.
  return membersOfPhrase(view, subjectAtStart(view, sentence.start + datelineLength(sentence.text), match.start), sentence, context);
}

/**
 * A permanent member's negative vote is its veto: the members named after "of"/"by" ("the
 * negative vote of a permanent member, the United States"), else for "its/their negative
 * vote" the members of the veto mentioned just before, else the sentence's opening subject.
 */
function negativeVoteMembers(view: ArticleView, sentence: Sentence, span: Span, context: readonly string[]): string[] {
  const of = NEGATIVE_OF.exec(view.text.slice(span.end, sentence.end));
  if (of) return membersIn(view, { start: span.end, end: span.end + of[0].length });
  if (!/\b(?:its|their)\s+$/i.test(view.text.slice(sentence.start, span.start))) return [];
  if (context.length > 0) return [...context];
  const opening = subjectAtStart(view, sentence.start + datelineLength(sentence.text), span.start);
  return opening && !opening.pronoun ? membersIn(view, opening) : [];
}

interface VetoNoun extends VetoExpression {
  /** The noun itself ("veto" in "the Russian-Chinese veto"). */
  word: Span;
}

/** The veto named as a thing with its members: "the Russian-Chinese veto", "the veto by Russia". */
function vetoNouns(view: ArticleView, sentence: Sentence, context: readonly string[], we?: string): VetoNoun[] {
  const out: VetoNoun[] = [];
  for (const m of sentence.text.matchAll(VETO_NOUN)) {
    const word = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const span = { start: nounPhraseStart(view, word.start, sentence.start), end: word.end };
    const later = LATER_AGENT.exec(view.text.slice(span.end, sentence.end));
    const agent = agentAfter(view, span.end + (later?.[0].length ?? 0), sentence);
    const phrase = view.text.slice(span.start, span.end);
    const named = [...new Set([...membersIn(view, span), ...agent])].sort();
    // "Its most recent veto, on 20 February": the members of the veto the article spoke of last.
    let countries = named.length === 0 && POSSESSIVE_PRONOUN.test(phrase) && /\b(?:most\s+recent|latest|last|previous)\b/i.test(phrase) ? [...context] : named;
    if (countries.length === 0 && we && /^our\b/i.test(phrase)) countries = [we];
    if (countries.length === 0 || NEGATED_NOUN.test(view.text.slice(sentence.start, word.start))) continue;
    const cast = BLOCKED_BY.test(view.text.slice(sentence.start, word.start));
    if (!cast && INDEFINITE.test(phrase)) continue;
    out.push({ ...span, word, subtype: cast ? "cast" : "referenced", countries });
  }
  return out;
}

/**
 * `dates`: the sentence's date words, skipped between a subject and its verb ("Russia on
 * Friday vetoed"). `context`: the members of the veto mentioned last before the sentence.
 */
export function findVetoes(
  view: ArticleView,
  sentence: Sentence,
  dates: readonly Span[],
  context: readonly string[] = [],
  /** The member "we" and "our" stand for in this sentence (a briefing answer's government). */
  we?: string,
): VetoExpression[] {
  const found: VetoExpression[] = [];
  const at = (index: number, length: number): Span => ({ start: sentence.start + index, end: sentence.start + index + length });
  const outsideQuotes = (span: Span) => !view.quoteAround(span.start);
  // Pronouns reach back to the mention just before them in the sentence, else to the context.
  // Veto nouns count too: "the first veto by Russia and China since 2008, when they blocked …" is theirs.
  const nouns = vetoNouns(view, sentence, context, we);
  const contextAt = (pos: number) =>
    [...found, ...nouns].filter((e) => e.end <= pos && e.countries.length > 0).sort((a, b) => a.start - b.start).at(-1)?.countries ?? context;
  const members = (span: Span) => {
    if (/^negative/i.test(view.text.slice(span.start, span.end))) return negativeVoteMembers(view, sentence, span, contextAt(span.start));
    const own = verbMembers(view, sentence, span, dates, contextAt(span.start));
    const ours = own.length === 0 && we && WE_BEFORE.test(view.text.slice(sentence.start, span.start)) ? [we] : [];
    return [...new Set([...own, ...ours, ...partnersOf(view, sentence, span)])].sort();
  };

  for (const pattern of THREATENED) {
    for (const m of sentence.text.matchAll(pattern)) {
      const span = at(m.index, m[0].length);
      if (!outsideQuotes(span) || overlaps(span, found)) continue;
      found.push({ ...span, subtype: "threatened", countries: members(span) });
    }
  }
  for (const pattern of CAST) {
    for (const m of sentence.text.matchAll(pattern)) {
      const span = at(m.index, m[0].length);
      if (!outsideQuotes(span) || overlaps(span, found)) continue;
      if (NEGATED_VERB.test(sentence.text.slice(0, m.index))) continue;
      // "two vetoes" and "its vetoes" are nouns: left to the noun reading below.
      if (/^vetoes$/.test(m[0]) && !/\b(?:it|he|she|\p{Lu}[\p{L}.]*)\s+$/u.test(sentence.text.slice(0, m.index))) continue;
      found.push({ ...span, subtype: "cast", countries: members(span) });
    }
  }
  if (VETO_TALK.test(sentence.text)) {
    for (const clause of whenClauses(view.text, sentence, dates)) {
      const words = view.text.slice(clause.start, clause.end);
      for (const m of words.matchAll(BLOCKED_IN_CLAUSE)) {
        const span = { start: clause.start + m.index, end: clause.start + m.index + m[0].length };
        if (!outsideQuotes(span) || overlaps(span, found)) continue;
        found.push({ ...span, subtype: "cast", countries: members(span) });
      }
    }
  }
  for (const noun of nouns) {
    if (!outsideQuotes(noun.word) || overlaps(noun.word, found)) continue;
    found.push({ start: noun.start, end: noun.end, subtype: noun.subtype, countries: noun.countries });
  }
  const kept = found.filter((e) => e.countries.length > 0 || e.subtype !== "cast" || !/^(?:blocked|vot|negative)/i.test(view.text.slice(e.start, e.end)));
  const habitual = dates.length === 0 && HABITUAL.test(sentence.text);
  return (habitual ? kept.filter((e) => e.subtype === "threatened") : kept).sort((a, b) => a.start - b.start);
}
