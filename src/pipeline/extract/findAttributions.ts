/**
 * The attribution grammar of one sentence: every speech verb outside quotations with
 * its speaker phrase and the span of what was said.
 *
 *   leading    SPEAKER [adverbs|dates] VERB [audience] [adjuncts] [that] CLAIM
 *              According to SPEAKER, CLAIM
 *   trailing   CLAIM|“QUOTE”, SPEAKER [adverbs] VERB [adjuncts].
 *              “QUOTE,” VERB SPEAKER.            (inverted)
 *              “QUOTE,” SPEAKER was quoted [by RELAY] as saying.
 *   added      “QUOTE,” SPEAKER said, adding that CLAIM   (one statement, the claim appended)
 *   elided     SPEAKER vetoed the draft, saying CLAIM; SPEAKER blame X and say CLAIM
 *   relayed    …, RELAY reported/said.           (a trailing attribution after another one)
 *
 * A verb whose subject is introduced by "that/which/who" (a relative or complement
 * clause), a negated verb, and a verb inside the claim of an earlier attribution of the
 * sentence start no statement of their own.
 */
import type { Sentence, Span } from "../types";
import type { ArticleView } from "./articleView";
import { datelineLength } from "./dateline";
import { CUE_PATTERN, cueFits, cueVerb, isParticiple, type CueVerb } from "./cueLexicon";
import { subjectAfter, subjectAtStart, subjectBefore, type SpeakerPhrase } from "./speakerPhrase";
import { ANONYMOUS_NOUNS } from "./speakerWords";
import { tokenAfter, tokenBefore } from "./textTokens";

export interface Attribution {
  /** The verb words ("said", "called on", "according to", "was quoted as saying"). */
  cue: Span;
  verb: CueVerb;
  phrase: SpeakerPhrase;
  placement: "leading" | "trailing";
  /** The attribution words around the verb: where the statement's own date is written. */
  zone: Span;
  /** What was said; for quotations, the words between the marks. May run past the sentence. */
  claim: Span;
  /** Speakers of a "…, Interfax reported" or "quoted by Interfax as saying" that passed this on. */
  relays: SpeakerPhrase[];
  /** What ", adding that…" after a trailing attribution adds to the same statement. */
  addition?: Span;
  /** The addition is the predicate of a bare subject ("The text, he said, ignored …"): joined without a comma. */
  predicate?: boolean;
  /** The subject was elided and taken from the start of the clause. */
  elided: boolean;
}

const ACCORDING_TO = /\b[Aa]ccording\s+to\b/g;
const QUOTED_AS = /\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|cited)\b(?:\s+by\s+([^,.;“”"]{1,60}?))?\s+as\s+(?:saying|telling\s+\S+)/g;
const SAY: CueVerb = { base: "say", kind: "clause" };
/** Audiences of "told": reporters, the council, a news conference, state television, Reuters. */
const AUDIENCE =
  /^\s+(?:(?:the|a|an|his|her|their|its|state|local|foreign|visiting)\s+)*(?:[\p{Lu}][\p{L}.'’-]*\s+)*(?:reporters|journalists|newsmen|council|assembly|parliament|lawmakers|legislators|conference|briefing|meeting|session|summit|audience|students|supporters|members|delegates|diplomats|television|TV|radio|newspaper|agency|media|press|channel|broadcaster|daily|website|him|her|them|us|me|colleagues|counterparts?|ministers?|leaders?|envoys?|officials|news\s+agency)\b|^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*(?=\s|,)/u;
const TOLD_THAT = /^(?:\s+[^\s,;:“”"]+){1,12}?\s+that\b/u;
/** Where, how and to whom it was said, between the verb and the claim. */
const ADJUNCT = new RegExp(
  [
    String.raw`^\s*,?\s*(?:in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|speech|address|letter|post|message|op-ed|article|briefing|video|tweet|remarks)`,
    String.raw`at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:conference|briefing|meeting|session|summit|forum|event|ceremony|rally|debate)`,
    String.raw`on\s+(?:Twitter|X|Facebook|Telegram|Instagram|social\s+media|state\s+television|television|TV|radio)`,
    String.raw`to\s+(?:reporters|journalists|the\s+press|the\s+media)`,
    String.raw`(?:by|over\s+the)\s+(?:tele)?phone|(?:by|via)\s+video(?:\s+link)?`,
    String.raw`during\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,4}?(?:visit|meeting|conference|session|talks|call|debate|speech|interview|trip)`,
    String.raw`(?:late|early|earlier|later|again|also|repeatedly|publicly|separately)(?=\s)`,
    // "said after six hours of talks with Lavrov on Friday that…": when it was said; its date dates the saying.
    String.raw`(?:after|before|following)\s+(?:(?!that\b)[^\s,;:“”"]+\s+){1,14}?(?=that\b)`,
    // "warned in The Hague yesterday that…": a place, when "that" follows within a few words.
    String.raw`in\s+(?:The\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}(?=\s+(?:[^\s,;:“”"]+\s+){0,3}?that\b))`,
  ].join("|") + String.raw`(?:\s+(?:in|with|to|on|of|by|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4})?\s*,?`,
  "u",
);
/** What may stand between a verb and its date words: "said on Tuesday", "said, late on Friday,". */
const DATE_LEAD = /^\s*,?\s*(?:(?:on|late|early|earlier|later)\s+)*$/i;
/** "said on 17 July, the first anniversary of the crash, that…": a description of the date before "that". */
const DATE_APPOSITIVE = /^\s*,\s*(?:the|a|an)\s+[^,;:“”"]{1,60},(?=\s*that\b)/;
const LEADING_CONNECTIVE = /^(?:(?:but|and|however|meanwhile|still|yet|moreover|also|separately|earlier|later)\b,?\s*)+/i;

const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$/;
const COUNTERFACTUAL = /\b(?:would|could|might)\s+(?:[a-z]+\s+)?have\s+$/;

interface Cue extends Span {
  verb: CueVerb;
  kind: "verb" | "according" | "quoted";
  relay?: Span;
}

function findCues(view: ArticleView, sentence: Sentence): Cue[] {
  const cues: Cue[] = [];
  const at = (index: number) => sentence.start + index;
  for (const m of sentence.text.matchAll(QUOTED_AS)) {
    const relayStart = m[1] ? m[0].indexOf(m[1]) : -1;
    cues.push({
      start: at(m.index),
      end: at(m.index + m[0].length),
      verb: SAY,
      kind: "quoted",
      ...(m[1] ? { relay: { start: at(m.index + relayStart), end: at(m.index + relayStart + m[1].length) } } : {}),
    });
  }
  for (const m of sentence.text.matchAll(ACCORDING_TO)) {
    cues.push({ start: at(m.index), end: at(m.index + m[0].length), verb: SAY, kind: "according" });
  }
  for (const m of sentence.text.matchAll(CUE_PATTERN)) {
    const verb = cueVerb(m[0]);
    const start = at(m.index);
    if (!verb || cues.some((c) => start < c.end && c.start < start + m[0].length)) continue;
    if (!cueFits(verb, sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue;
    // "whose nomination was rejected by the State Department": a passive verb is no saying of its subject.
    if (PASSIVE_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "It would also have called for a fact-finding mission": what a failed draft would have said.
    if (COUNTERFACTUAL.test(sentence.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    cues.push({ start, end: start + m[0].length, verb, kind: "verb" });
  }
  return cues.filter((c) => !view.quoteAround(c.start)).sort((a, b) => a.start - b.start);
}

/** Past the audience, adjuncts and "that": where the claim of a leading attribution starts. */
function complementStart(view: ArticleView, cue: Cue, sentence: Sentence, dates: readonly Span[]): number {
  let pos = cue.end;
  const rest = () => view.text.slice(pos, sentence.end);
  if (cue.verb.kind === "tell") {
    // "told the House of Commons yesterday afternoon that…": any audience, up to "that".
    const upToThat = TOLD_THAT.exec(rest());
    if (upToThat) return pos + upToThat[0].length;
    const audience = AUDIENCE.exec(rest());
    if (audience) pos += audience[0].length;
  }
  for (let guard = 0; guard < 6; guard++) {
    const date = dates.find((d) => d.start >= pos && DATE_LEAD.test(view.text.slice(pos, d.start)));
    if (date) {
      pos = date.end;
      continue;
    }
    const adjunct = ADJUNCT.exec(rest()) ?? DATE_APPOSITIVE.exec(rest());
    if (!adjunct || adjunct[0].trim() === "") break;
    pos += adjunct[0].length;
  }
  const that = /^\s*that\b/.exec(rest());
  return that ? pos + that[0].length : pos;
}

/** At most this many words before a parenthetical attribution are only the claim's subject. */
const MAX_SUBJECT_WORDS = 3;

/**
 * "The text, he said, ignored the fact that…": an attribution set off by commas after the
 * claim's bare subject; the claim's predicate follows it (an "adding"/"saying" participle does
 * not). After a whole clause, a clause coordinated with "and"/"but" goes on with the claim.
 */
function predicateAfter(
  view: ArticleView,
  claim: Span,
  zoneEnd: number,
  sentence: Sentence,
): { addition: Span; predicate: boolean } | Record<string, never> {
  const comma = tokenAfter(view, zoneEnd, sentence.end);
  if (comma?.text !== ",") return {};
  const next = tokenAfter(view, comma.end, sentence.end);
  if (next?.kind !== "word" || !/^\p{Ll}/u.test(next.text) || /ing$/.test(next.text)) return {};
  const predicate = view.text.slice(claim.start, claim.end).split(/\s+/).length <= MAX_SUBJECT_WORDS;
  if (!predicate) {
    // "It did not advance peace, he said, and it made no mention of …": a coordinated clause goes on with the claim.
    const after = tokenAfter(view, next.end, sentence.end);
    if (!/^(?:and|but)$/.test(next.text) || after?.kind !== "word" || /(?:ed|ing)$|^(?:said|told|says)$/.test(after.text)) return {};
  }
  const addition = trimSpan(view.text, { start: next.start, end: sentence.end });
  return addition.end > addition.start ? { addition, predicate } : {};
}

/** A complement that is empty, or only a comma before more attribution: the claim came before. */
function endsClause(view: ArticleView, pos: number, sentence: Sentence): boolean {
  const rest = view.text.slice(pos, sentence.end).trim();
  if (rest === "" || /^[.!?;]/.test(rest)) return true;
  if (!rest.startsWith(",")) return false;
  // "said that, by voting in favour, France had…": "that" opened the claim; an adjunct follows.
  if (/\bthat$/i.test(view.text.slice(sentence.start, pos).trimEnd())) return false;
  // "told reporters yesterday, “…”": the quotation may run past this sentence.
  const next = tokenAfter(view, view.text.indexOf(",", pos) + 1, sentence.end);
  return next?.kind !== "quote" && (next === null || view.quoteOpenedAt(next.start) === undefined);
}

/** "According to SOURCE, CLAIM": the source opens the sentence (after a connective at most). */
function opensWithAccording(view: ArticleView, cue: Cue, sentence: Sentence): boolean {
  if (cue.kind !== "according") return false;
  const before = view.text.slice(sentence.start, cue.start);
  return before.trim() === "" || LEADING_CONNECTIVE.exec(before)?.[0].length === before.length;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.—–-]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The clause before a trailing attribution ("Russia will not back down, Lavrov said"). */
function claimBefore(view: ArticleView, floor: number, phraseStart: number): Span | null {
  const before = tokenBefore(view, phraseStart, floor);
  if (before?.text !== ",") return null;
  let start = floor;
  const head = view.text.slice(start, before.start);
  // The wire dateline is no part of the claim.
  start += datelineLength(head);
  start += LEADING_CONNECTIVE.exec(view.text.slice(start, before.start))?.[0].length ?? 0;
  const claim = trimSpan(view.text, { start, end: before.start });
  return claim.end > claim.start ? claim : null;
}

/** A quotation that opens inside the claim carries it to its closing mark, across sentences. */
function extendOverQuote(view: ArticleView, claim: Span): Span {
  let { end } = claim;
  for (const quote of view.quotes) {
    if (quote.open >= claim.start && quote.open < end && quote.close >= end) end = quote.close + 1;
  }
  return { start: claim.start, end };
}

function subjectOf(view: ArticleView, cue: Cue, sentence: Sentence, dates: readonly Span[]): { phrase: SpeakerPhrase; inverted: boolean } | null {
  if (cue.kind === "according") {
    const phrase = subjectAfter(view, cue.end, sentence.end);
    return phrase ? { phrase, inverted: true } : null;
  }
  const before = subjectBefore(view, cue.start, sentence.start, dates);
  if (before) return { phrase: before, inverted: false };
  const previous = tokenBefore(view, cue.start, sentence.start);
  if (previous?.text === "," || previous?.kind === "quote") {
    const after = subjectAfter(view, cue.end, sentence.end);
    if (after) return { phrase: after, inverted: true };
  }
  if (previous?.text.toLowerCase() === "and") {
    // "Syrian authorities blame … and say …"; not "a draft that would have condemned … and demanded …".
    const opening = subjectAtStart(view, sentence.start, cue.start);
    const between = opening ? view.text.slice(opening.end, cue.start) : "";
    if (opening && !/\b(?:that|which|who|whose|whom)\b|[“”"]/.test(between)) return { phrase: opening, inverted: false };
  }
  return null;
}

/** The end of the attribution words after the verb: the next comma, quotation or sentence end. */
function clauseEnd(view: ArticleView, from: number, sentence: Sentence): number {
  for (let token = tokenAfter(view, from, sentence.end); token; token = tokenAfter(view, token.end, sentence.end)) {
    if (token.kind === "quote" || token.text === ",") return token.start;
  }
  return sentence.end;
}

/** A quotation right before the speaker phrase ("“…,” Lavrov said"), whatever follows the verb. */
function quoteBefore(view: ArticleView, pos: number, floor: number): Span | null {
  const before = tokenBefore(view, pos, floor);
  const mark = before?.text === "," ? tokenBefore(view, before.start, floor) : before;
  const quote = mark?.kind === "quote" ? view.quoteClosedAt(mark.end - 1) : undefined;
  return quote ? { start: quote.start, end: quote.end } : null;
}

/** A leading attribution ending in a colon introduces the quotation that follows it. */
function quoteAfterColon(view: ArticleView, sentence: Sentence, from: number): Span | null {
  if (!/^\s*:\s*$/.test(view.text.slice(from, sentence.end))) return null;
  const next = tokenAfter(view, sentence.end);
  const quote = next?.kind === "quote" ? view.quoteOpenedAt(next.start) : undefined;
  return quote ? { start: quote.start, end: quote.end } : null;
}

/** Attribution words before a colon inside the sentence ("said in a phone-in on 30 October 1983: “…”"). */
const WORDS_TO_COLON = /^[^“”"():;.!?]{0,120}:\s*$/;

/** "said in a BBC phone-in on 30 October 1983: “We …”": the quotation after the colon is the claim. */
function quoteAfterInnerColon(view: ArticleView, sentence: Sentence, from: number): Span | null {
  for (let token = tokenAfter(view, from, sentence.end); token; token = tokenAfter(view, token.end, sentence.end)) {
    // The quotation may run on past this sentence.
    const quote = view.quoteOpenedAt(token.start);
    if (quote || token.kind === "quote") {
      if (!quote || !WORDS_TO_COLON.test(view.text.slice(from, token.start))) return null;
      return { start: quote.start, end: quote.end };
    }
    if (token.start - from > 130) return null;
  }
  return null;
}

/**
 * A named subject after ", and" / ", while" / ", but" inside an earlier claim opens a second
 * statement ("…, and Brazil's Sérgio Danese said …"): the position to cut the earlier claim at.
 */
function secondSpeakerAt(view: ArticleView, phrase: SpeakerPhrase): number | null {
  if (phrase.pronoun || !phrase.conjuncts.some((c) => c.mentions.length > 0 || c.names.length >= 2)) return null;
  const conjunction = tokenBefore(view, phrase.start);
  if (conjunction?.kind !== "word" || !/^(?:and|while|but|whereas)$/i.test(conjunction.text)) return null;
  const before = tokenBefore(view, conjunction.start);
  const comma = before?.text === "," || (before?.kind === "quote" && /,\s*["”’']$/.test(before.text));
  return comma ? conjunction.start : null;
}

export function findAttributions(view: ArticleView, sentence: Sentence, dates: readonly Span[]): Attribution[] {
  const found: Attribution[] = [];
  const inClaim = (pos: number) => found.some((a) => a.placement === "leading" && pos >= a.claim.start && pos < a.claim.end);
  const floorAfter = () => found.at(-1)?.zone.end ?? sentence.start;
  const complete = (span: Span) => trimSpan(view.text, extendOverQuote(view, span));

  for (const cue of findCues(view, sentence)) {
    const previous = found.at(-1);
    const asSaid = found.length === 0 ? asAttribution(view, cue, sentence, dates) : null;
    if (asSaid) {
      found.push(asSaid);
      continue;
    }
    if (cue.kind === "verb" && isParticiple(view.text.slice(cue.start, cue.end))) {
      if (tokenBefore(view, cue.start, sentence.start)?.text !== ",") continue;
      const start = complementStart(view, cue, sentence, dates);
      const claim = complete({ start, end: sentence.end });
      if (previous) {
        // The addition keeps its verb ("adding that…") so that it reads on after the quotation.
        if (previous.placement === "trailing" && !previous.addition) previous.addition = { start: cue.start, end: claim.end };
        continue;
      }
      // "Russia vetoed the draft, saying…": the subject of the clause's own act speaks.
      const phrase = subjectAtStart(view, sentence.start + datelineLength(sentence.text), cue.start);
      if (phrase) {
        found.push({
          cue, verb: cue.verb, phrase, placement: "leading",
          zone: { start: sentence.start, end: start }, claim, relays: [], elided: true,
        });
      }
      continue;
    }

    const subject = subjectOf(view, cue, sentence, dates);
    if (!subject) continue;
    const { phrase, inverted } = subject;
    const start = complementStart(view, inverted ? { ...cue, end: phrase.end } : cue, sentence, dates);
    const attributionStart = Math.min(phrase.start, cue.start);
    const quoted = quoteBefore(view, attributionStart, floorAfter());

    if (quoted || (endsClause(view, start, sentence) && !opensWithAccording(view, cue, sentence))) {
      if (!quoted && found.length > 0) {
        // "…, Anatolia news agency reported": passes on what the sentence has attributed.
        for (const a of found) {
          a.relays.push(phrase);
          if (a.claim.end > attributionStart) a.claim = trimSpan(view.text, { start: a.claim.start, end: attributionStart });
          if (a.addition && a.addition.end > attributionStart) a.addition = trimSpan(view.text, { start: a.addition.start, end: attributionStart });
        }
        continue;
      }
      const claim = quoted ?? claimBefore(view, floorAfter(), attributionStart);
      if (!claim) continue;
      const relay = cue.relay ? subjectAfter(view, cue.relay.start - 1, cue.relay.end) : null;
      const zoneEnd = endsClause(view, start, sentence) ? start : clauseEnd(view, start, sentence);
      found.push({
        cue, verb: cue.verb, phrase, placement: "trailing",
        zone: { start: attributionStart, end: zoneEnd },
        claim, relays: relay ? [relay] : [], elided: false,
        ...(quoted ? {} : predicateAfter(view, claim, zoneEnd, sentence)),
      });
      continue;
    }

    const split = inClaim(cue.start) && cue.kind === "verb" ? secondSpeakerAt(view, phrase) : null;
    if (split !== null) {
      // "X said A, and Brazil's Y said B" / "X called it “A,” while Amnesty said B": two statements.
      for (const a of found) {
        if (a.placement === "leading" && split >= a.claim.start && split < a.claim.end) a.claim = trimSpan(view.text, { start: a.claim.start, end: split });
      }
    } else if (inClaim(cue.start) || cue.kind === "quoted") continue;
    const claimStart = cue.kind === "according" ? (tokenAfter(view, phrase.end, sentence.end)?.end ?? phrase.end) : start;
    const colonQuote = quoteAfterColon(view, sentence, claimStart) ?? quoteAfterInnerColon(view, sentence, claimStart);
    const claim = colonQuote ?? complete({ start: claimStart, end: sentence.end });
    found.push({
      cue, verb: cue.verb, phrase, placement: "leading",
      zone: { start: floorAfter(), end: colonQuote && colonQuote.start > claimStart ? colonQuote.start : claimStart },
      claim, relays: [], elided: !inverted && phrase.start < cue.start && tokenBefore(view, cue.start, sentence.start)?.text.toLowerCase() === "and",
    });
  }
  for (const a of found) a.claim = beforeAnonymousSource(view, a.claim);
  return found.filter((a) => a.claim.end > a.claim.start);
}

/** "As", after a connective at most, opening the sentence. */
const AS_OPENING = /^\s*(?:(?:but|and|so|well|indeed|again),?\s+)?as\s+/i;

/**
 * "As Ambassador Rice said on Friday, the veto should not be misunderstood …": the speaker of
 * a comparison clause opening the sentence is the speaker of the main clause after its comma.
 */
function asAttribution(view: ArticleView, cue: Cue, sentence: Sentence, dates: readonly Span[]): Attribution | null {
  if (cue.kind !== "verb" || isParticiple(view.text.slice(cue.start, cue.end))) return null;
  const opening = AS_OPENING.exec(sentence.text);
  if (!opening) return null;
  const floor = sentence.start + opening[0].length;
  const phrase = subjectBefore(view, cue.start, floor, dates);
  if (!phrase || phrase.start !== floor) return null;
  const start = complementStart(view, cue, sentence, dates);
  const comma = tokenAfter(view, start, sentence.end);
  if (comma?.text !== ",") return null;
  const claim = trimSpan(view.text, extendOverQuote(view, { start: comma.end, end: sentence.end }));
  if (claim.end <= claim.start) return null;
  return {
    cue, verb: cue.verb, phrase, placement: "leading",
    zone: { start: sentence.start, end: comma.end }, claim, relays: [], elided: false,
  };
}

/** ", diplomats said,", ", officials say.": an unnamed source inside the claim is no part of it. */
const ANONYMOUS_SOURCE = new RegExp(
  String.raw`,\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...ANONYMOUS_NOUNS].join("|")})\s+(?:said|say|says|told\s+\S+|reported)\s*(?=[,.;]|$)`,
  "u",
);

/** A claim cut before an anonymous source ("China had warned that it would veto the mission, diplomats said, after …"). */
function beforeAnonymousSource(view: ArticleView, claim: Span): Span {
  const words = view.text.slice(claim.start, claim.end);
  const source = ANONYMOUS_SOURCE.exec(words);
  if (!source || view.quoteAround(claim.start + source.index)) return claim;
  return trimSpan(view.text, { start: claim.start, end: claim.start + source.index });
}
