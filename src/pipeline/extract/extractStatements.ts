/**
 * Statements of one article, in reading order: each attribution with a speaker becomes
 * a statement; a quotation with no attribution of its own continues the statement just
 * before it: appended when it is the rest of a quotation split in the same sentence
 * ("“A,” he said, “B.”"), its own statement by the same speaker when it opens the next
 * sentence ("“A,” he said. “B.”"). Other unattributed quotations (scare quotes, titles)
 * are no statements.
 *
 * Dates: a statement takes the first date words of its own attribution ("said on
 * Tuesday", "earlier on Wednesday called on"); without any, it inherits the date of the
 * statement just before it when the speaker is the same (the "he added" that follows
 * "Lavrov said Friday") or answers it ("Lavrov, for his part, said"), else the day of the article's news (see newsDay), else the
 * publication day. Words told to the publishing outlet itself ("told Reuters" in a
 * Reuters story, "told AFP" in a paper's story credited to AFP) were said for the story:
 * the publication day.
 */
import type { Actor, EventActor, StatementSubtype } from "../../model";
import type { DateMention, ResolvedDate } from "../dates/dateTypes";
import { publicationDate } from "../dates/resolveDate";
import type { DraftEvent, Quote, Sentence, Span } from "../types";
import type { ArticleView } from "./articleView";
import { CUE_PATTERN, thirdPerson } from "./cueLexicon";
import type { Discourse } from "./discourse";
import { attributionDate } from "./attributionDate";
import { briefingTurns } from "./briefingTurns";
import { evidenceFor } from "./evidenceFor";
import { findAttributions, type Attribution } from "./findAttributions";
import { rememberSpeakers, resolveSpeakers, type ResolvedSpeakers, type SpeakerVia } from "./resolveSpeakers";
import { subjectAtStart, subjectBefore, type SpeakerPhrase } from "./speakerPhrase";
import { appendQuote, statementText } from "./statementText";
import { summarize } from "./summarize";
import { tokenAfter } from "./textTokens";

export interface StatementInput {
  view: ArticleView;
  article: string;
  published: string | null;
  discourse: Discourse;
  /** Date words of each sentence, in article offsets, outside quotations. */
  dates: readonly (readonly DateMention[])[];
  /** The day of the article's news (see newsDay), for statements without date words. */
  newsDay: ResolvedDate | null;
  /** Names of the publishing outlet and of the agency it credits ("Reuters"). */
  outlets: readonly string[];
}

export interface StatementOutput {
  drafts: DraftEvent[];
  actors: Actor[];
  /** Statements dropped because nothing dated them (no publication date, no date words). */
  undated: number;
}

interface Built {
  draft: DraftEvent;
  speakers: Actor[];
  span: Span;
  lastSentence: number;
}

const BASE_CONFIDENCE = { direct: 0.9, reported: 0.85 };
const VIA_ADJUSTMENT: Record<SpeakerVia, number> = { name: 0.05, body: 0, description: -0.1, pronoun: -0.05 };
const CONTINUATION_CONFIDENCE = 0.7;
/** Words that place a statement at the story's meeting or vote. */
const OCCASION = /\b(?:after|before|during|at)\s+the\s+(?:vote|voting|meeting|session|debate)\b/i;
/** Words that make a statement the answer to the one before it, on the same occasion. */
const FOR_ONES_PART = /\bfor\s+(?:his|her|its|their)\s+part\b/i;
/** Fewer words than this in an unattributed quotation: a term, not a statement. */
const MIN_CONTINUATION_WORDS = 4;

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

function dateFields(date: ResolvedDate): Pick<DraftEvent, "date" | "dateEnd" | "datePrecision" | "dateBasis" | "dateText"> {
  return {
    date: date.date,
    ...(date.dateEnd ? { dateEnd: date.dateEnd } : {}),
    datePrecision: date.datePrecision,
    dateBasis: date.dateBasis,
    ...(date.dateText ? { dateText: date.dateText } : {}),
  };
}

/** "told AP" names the outlet; "CAPE" and "APTN" do not. */
/**
 * The outlet is the audience ("told Al Jazeera", "in an interview with RFE/RL", "said to
 * AFP"), not a word of the attribution ("Lebanon's envoy" in a story by "The Daily Star (Lebanon)").
 */
function namesWord(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\b(?:told|to|with|for)\\s+(?:the\\s+)?${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

function sameSpeakers(a: readonly Actor[], b: readonly Actor[]): boolean {
  return a.length === b.length && a.every((actor, i) => actor.id === b[i]?.id);
}

/**
 * Who a channel speaks for. "“Medvedev stressed the need…,” the press service said":
 * the quotation names its speaker. "Medvedev and Erdogan agreed to…, the Kremlin press
 * service said": the persons the report is about. Bodies and countries in that place
 * stay with the channel ("Russia will respond, the Kremlin said").
 */
function innerSpeakers(input: StatementInput, claim: Span, subtype: StatementSubtype): ResolvedSpeakers | null {
  const { view, discourse } = input;
  let phrase: SpeakerPhrase | null = null;
  if (subtype === "direct") {
    const words = view.text.slice(claim.start, Math.min(claim.end, claim.start + 80));
    const cue = CUE_PATTERN.exec(words);
    CUE_PATTERN.lastIndex = 0;
    if (cue) phrase = subjectBefore(view, claim.start + cue.index, claim.start, []);
  } else {
    phrase = subjectAtStart(view, claim.start, claim.end);
  }
  if (!phrase || phrase.pronoun || phrase.start > claim.start + 1) return null;
  const inner = resolveSpeakers(view, phrase, discourse);
  return inner?.actors.every((a) => a.kind === "person") ? inner : null;
}

function actorRoles(speakers: readonly Actor[], relays: readonly Actor[]): EventActor[] {
  const ids = new Set(speakers.map((a) => a.id));
  return [
    ...speakers.map((a) => ({ id: a.id, role: "speaker" as const })),
    ...relays.filter((a) => !ids.has(a.id)).map((a) => ({ id: a.id, role: "relay" as const })),
  ];
}

export function extractStatements(input: StatementInput): StatementOutput {
  const { view, article, published, discourse } = input;
  const built: Built[] = [];
  const actors = new Map<string, Actor>();
  let undated = 0;

  /** A sentence's opening subject (one actor) and its first day-precise date words. */
  const openingDates = new Map<number, { actorId: string; date: ResolvedDate }>();

  const dateOf = (a: Attribution, sentenceIndex: number, speakers: readonly Actor[]): ResolvedDate | null => {
    const zone = a.zone;
    const own = attributionDate(view.text, input.dates[sentenceIndex] ?? [], a.cue, zone, a.claim);
    if (own) return own.resolved;
    // "After the vote, Nebenzia said": placed at the story's occasion, whatever was said before.
    if (input.newsDay && OCCASION.test(view.text.slice(zone.start, zone.end))) return input.newsDay;
    const previous = built.at(-1);
    // "Lavrov, for his part, said": the other side's answer on the same occasion.
    const answers = FOR_ONES_PART.test(view.text.slice(zone.start, zone.end));
    // "Speaking at a conference last month, X said A. “B,” she said": a month or week dates the
    // speaker's next sentence too; further on, a range no longer says when.
    const adjacent = previous !== undefined && previous.lastSentence >= sentenceIndex - 1;
    if (previous && (answers || sameSpeakers(previous.speakers, speakers)) && (!previous.draft.dateEnd || (adjacent && !answers))) {
      const { date, dateEnd, datePrecision, dateBasis, dateText } = previous.draft;
      return { date, ...(dateEnd ? { dateEnd } : {}), datePrecision, dateBasis, ...(dateText ? { dateText } : {}) };
    }
    // "told Al Jazeera" in an Al Jazeera story: an interview given for the story itself.
    const toOutlet = input.outlets.some((outlet) => namesWord(view.text.slice(zone.start, zone.end), outlet));
    if (published && toOutlet) return publicationDate(published);
    // "Omar Haddad, who coordinates logistics for …, said": a voice from outside the occasion, heard for the story.
    if (published && a.verb.kind !== "tell" && isOutsideVoice(view, a, speakers)) return publicationDate(published);
    // "Chamorro answered her the same day. “…,” he told the council": the day of the speaker's own sentence before.
    const before = openingDates.get(sentenceOf(view.sentences, Math.min(zone.start, a.claim.start)) - 1);
    if (before && speakers.length === 1 && before.actorId === speakers[0]!.id) return before.date;
    return input.newsDay ?? (published ? publicationDate(published) : null);
  };

  /** The meetings-coverage delegate whose paragraph is being read ("JOHN R. BOLTON (United States) said"). */
  let delegate: { actor: Actor; country: string; paragraphEnd: number } | null = null;

  const build = (a: Attribution, sentenceIndex: number): void => {
    let speakers = resolveSpeakers(view, a.phrase, discourse);
    if (!speakers) return;
    const start = Math.min(a.zone.start, a.claim.start);
    if (a.phrase.conjuncts.some((c) => c.capitalName) && speakers.actors.length === 1 && speakers.actors[0]!.country) {
      const end = view.text.indexOf("\n", start);
      delegate = { actor: speakers.actors[0]!, country: speakers.actors[0]!.country!, paragraphEnd: end < 0 ? view.text.length : end };
    } else if (
      // "The United Kingdom condemned …" in its delegate's paragraph: the delegate speaks for it.
      delegate &&
      start < delegate.paragraphEnd &&
      speakers.actors.length === 1 &&
      speakers.actors[0]!.kind === "country" &&
      speakers.actors[0]!.id === delegate.country
    ) {
      speakers = { ...speakers, actors: [delegate.actor] };
    }
    rememberSpeakers(discourse, a.phrase, speakers);
    let relays = a.relays.flatMap((p) => resolveSpeakers(view, p, discourse)?.actors ?? []);
    const { subtype, text: claimText } = statementText(view, a.claim, a.addition, a.predicate);
    if (speakers.relayHead) {
      const inner = innerSpeakers(input, a.claim, subtype);
      if (inner) {
        relays = [...speakers.actors, ...relays];
        speakers = inner;
      }
    }
    const keepsVerb =
      a.verb.kind === "object" && a.placement === "leading" && !/\bthat\b/.test(view.text.slice(a.cue.end, a.claim.start));
    const verbWords = view.text.slice(a.cue.start, a.cue.end);
    const text = keepsVerb && subtype === "reported" ? view.text.slice(a.cue.start, a.claim.end) : claimText;
    const date = dateOf(a, sentenceIndex, speakers.actors);
    if (!date) {
      undated++;
      return;
    }
    const span = {
      start: Math.min(a.zone.start, a.claim.start),
      end: Math.max(a.zone.end, a.claim.end, a.addition?.end ?? 0),
    };
    let confidence = BASE_CONFIDENCE[subtype] + VIA_ADJUSTMENT[speakers.via];
    if (a.elided) confidence -= 0.1;
    if (a.verb.base === "say" && /^according/i.test(verbWords)) confidence -= 0.1;
    const predicate = keepsVerb && subtype === "reported" ? `${thirdPerson(a.verb.base)}${text.slice(verbWords.length)}` : null;
    for (const actor of [...speakers.actors, ...relays]) actors.set(actor.id, actor);
    built.push({
      draft: {
        type: "statement",
        subtype,
        ...dateFields(date),
        actors: actorRoles(speakers.actors, relays),
        text,
        summary: summarize(speakers.actors, text, predicate),
        evidence: [evidenceFor(view, article, span)],
        confidence: round(confidence),
      },
      speakers: speakers.actors,
      span,
      lastSentence: lastSentenceOf(view.sentences, span.end, sentenceIndex),
    });
  };

  const continueWith = (quote: Quote, sentence: Sentence, sentenceIndex: number): void => {
    const previous = built.at(-1);
    if (!previous) return;
    const sameSentence = previous.span.end <= quote.open && previous.lastSentence === sentenceIndex;
    const opensSentence = quote.open === sentence.start && previous.lastSentence === sentenceIndex - 1;
    if (!sameSentence && !opensSentence) return;
    // "It was not A, he said, but “B.”": the quotation finishes the reported claim it contrasts with.
    const joiner = view.text.slice(previous.span.end, quote.open);
    if (sameSentence && previous.draft.subtype === "reported" && /^\s*,?\s*(?:but|and|yet)\s+$/i.test(joiner)) {
      const quoted = view.text.slice(quote.start, quote.end).trim();
      previous.draft.text = `${previous.draft.text.replace(/[,;:]$/, "")}, ${joiner.replace(/^\s*,?\s*/, "").trim()} ${quoted}`;
      previous.span = { start: previous.span.start, end: quote.close + 1 };
      previous.draft.evidence = [evidenceFor(view, article, previous.span)];
      previous.lastSentence = lastSentenceOf(view.sentences, quote.close + 1, sentenceIndex);
      return;
    }
    if (sameSentence && previous.draft.subtype === "direct") {
      previous.draft.text = appendQuote(view, previous.draft.text, quote);
      previous.span = { start: previous.span.start, end: quote.close + 1 };
      previous.draft.evidence = [evidenceFor(view, article, previous.span)];
      previous.lastSentence = lastSentenceOf(view.sentences, quote.close + 1, sentenceIndex);
      return;
    }
    const text = view.text.slice(quote.start, quote.end).trim();
    if (text.split(/\s+/).length < MIN_CONTINUATION_WORDS) return;
    const span = { start: quote.open, end: quote.close + 1 };
    built.push({
      draft: {
        ...previous.draft,
        subtype: "direct",
        text,
        summary: summarize(previous.speakers, text, null),
        evidence: [evidenceFor(view, article, span)],
        confidence: CONTINUATION_CONFIDENCE,
      },
      speakers: previous.speakers,
      span,
      lastSentence: lastSentenceOf(view.sentences, span.end, sentenceIndex),
    });
  };

  // Attributions first: a quotation is often attributed in a later sentence than the one it opens in.
  const attributions = view.sentences.map((sentence, i) => findAttributions(view, sentence, input.dates[i] ?? []));
  const claims = attributions.flat().map((a) => a.claim);
  const unclaimed = view.quotes.filter((q) => !claims.some((c) => q.open >= c.start - 1 && q.close <= c.end));
  view.sentences.forEach((sentence, i) => {
    const opening = rememberOpeningSubject(input, sentence);
    const day = (input.dates[i] ?? []).find((d) => d.resolved.datePrecision === "day" && !d.resolved.dateEnd);
    if (opening && day) openingDates.set(i, { actorId: opening.id, date: day.resolved });
    for (const a of attributions[i] ?? []) build(a, i);
    for (const quote of unclaimed) {
      if (quote.open >= sentence.start && quote.open < sentence.end) continueWith(quote, sentence, i);
    }
  });
  // A briefing transcript's answers: each turn is its speaker's own words, said at the briefing.
  for (const turn of briefingTurns(view)) {
    const date = published ? publicationDate(published) : input.newsDay;
    if (!date) {
      undated++;
      continue;
    }
    const text = view.text.slice(turn.start, turn.end);
    actors.set(turn.speaker.id, turn.speaker);
    built.push({
      draft: {
        type: "statement",
        subtype: "direct",
        ...dateFields(date),
        actors: actorRoles([turn.speaker], []),
        text,
        summary: summarize([turn.speaker], text, null),
        evidence: [evidenceFor(view, article, turn)],
        confidence: BASE_CONFIDENCE.direct,
      },
      speakers: [turn.speaker],
      span: turn,
      lastSentence: sentenceOf(view.sentences, turn.end),
    });
  }
  return { drafts: built.map((b) => b.draft), actors: [...actors.values()], undated };
}

function lastSentenceOf(sentences: readonly Sentence[], end: number, from: number): number {
  let last = from;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < end) last++;
  return last;
}

/** The subject a sentence opens with is a candidate for a later "he" or "it". */
function rememberOpeningSubject(input: StatementInput, sentence: Sentence): Actor | null {
  const opening = subjectAtStart(input.view, sentence.start, sentence.end);
  if (!opening || opening.pronoun) return null;
  // "Nicaragua's ambassador, Javier Chamorro Mora, answered her": the name in the appositive is the subject.
  const phrase = appositiveName(input, opening, sentence) ?? opening;
  const speakers = resolveSpeakers(input.view, phrase, input.discourse);
  if (!speakers || speakers.via === "description") return null;
  rememberSpeakers(input.discourse, phrase, speakers);
  return speakers.actors.length === 1 ? speakers.actors[0]! : null;
}

/** The person named in an appositive right after an opening description ("X's ambassador, NAME,"). */
function appositiveName(input: StatementInput, opening: SpeakerPhrase, sentence: Sentence): SpeakerPhrase | null {
  const { view } = input;
  const comma = tokenAfter(view, opening.end, sentence.end);
  if (comma?.text !== ",") return null;
  const inner = subjectAtStart(view, comma.end, sentence.end);
  if (!inner || inner.pronoun || tokenAfter(view, inner.end, sentence.end)?.text !== ",") return null;
  const speakers = resolveSpeakers(view, inner, input.discourse);
  return speakers?.via === "name" && speakers.actors.every((a) => a.kind === "person") ? inner : null;
}

function sentenceOf(sentences: readonly Sentence[], pos: number): number {
  let index = 0;
  while (index + 1 < sentences.length && sentences[index + 1]!.start <= pos) index++;
  return index;
}

/**
 * ", who coordinates …,", ", a researcher at …,": an appositive describing what a person does
 * (present tense; "who introduced the text" is an act at the occasion).
 */
const WORK_APPOSITIVE = /^\s*,\s*(?:who\s+(?:[a-z]+ly\s+)?(?!(?:is|was|has|does)\b)[a-z]+s\b|an?\s+)/u;

/**
 * A person no dictionary knows, described by an appositive of their work ("Rudo Makoni, a
 * coordinator with …, said", "said Cha Du-hyeogn, a researcher at …"), speaking without date
 * words: an interview for the story, dated to publication as the conventions say, not to the
 * day of the story's meeting.
 */
function isOutsideVoice(view: ArticleView, a: Attribution, speakers: readonly Actor[]): boolean {
  if (speakers.length !== 1 || speakers[0]!.kind !== "person" || view.actors.has(speakers[0]!.id)) return false;
  const last = a.phrase.conjuncts.at(-1);
  return last !== undefined && WORK_APPOSITIVE.test(view.text.slice(last.end, last.end + 40));
}
