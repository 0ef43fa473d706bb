/**
 * Veto events of one article. Each veto expression of a sentence (see findVetoes)
 * becomes an event with its vetoing members, the draft (symbol, topic) and a date:
 *
 * - threatened: the date words before the threat in its sentence, else publication day.
 * - cast / referenced: date words in the sentence give the day, and the UN veto list
 *   the draft symbol (a listed veto by those members within 3 days). Without date words
 *   the list gives the date: the most recent listed veto by those members on that
 *   topic on or before publication, within 31 days for a cast veto (news of the day)
 *   and 366 for a referenced one. Such dates have basis "relative": they are found from
 *   the publication date, as "last week" is, and not written in the text. A written
 *   month or year ("in February") is narrowed to the listed day inside it. With no
 *   listed veto, a cast veto takes the day of the article's news (newsDay), else an
 *   honest range ending at publication: a week for a cast veto, a year for a
 *   referenced one, basis "published".
 * - A "cast" veto more than two weeks before publication is background: referenced.
 */
import type { Actor, VetoSubtype } from "../../model";
import { addDays } from "../dates/calendar";
import type { DateMention, ResolvedDate } from "../dates/dateTypes";
import { publicationDate } from "../dates/resolveDate";
import type { DraftEvent, Sentence } from "../types";
import { findListedVeto } from "../vetoes/findListedVeto";
import { isPermanentMember, memberActor } from "../vetoes/permanentMembers";
import type { ListedVeto } from "../vetoes/vetoList";
import type { ArticleView } from "./articleView";
import { endsInDateline } from "./dateline";
import { briefingTurns, turnCountryAt } from "./briefingTurns";
import { evidenceFor } from "./evidenceFor";
import { findVetoes, type VetoExpression } from "./findVetoes";
import { joinNames, truncate } from "./summarize";
import { clauseDate } from "./vetoClauses";

export interface VetoInput {
  view: ArticleView;
  article: string;
  published: string | null;
  dates: readonly (readonly DateMention[])[];
  newsDay: ResolvedDate | null;
  vetoList: readonly ListedVeto[];
}

export interface VetoOutput {
  drafts: DraftEvent[];
  actors: Actor[];
  undated: number;
}

const SYMBOL = /\bS\/\d{4}\/\d+\b/;
const MATCH_DAYS = 3;
const NEWS_DAYS = 14;
const WINDOW_DAYS: Record<VetoSubtype, number> = { cast: 31, referenced: 366, threatened: 0 };
const FALLBACK_DAYS: Record<VetoSubtype, number> = { cast: 7, referenced: 365, threatened: 0 };
const CONFIDENCE: Record<VetoSubtype, number> = { cast: 0.9, referenced: 0.85, threatened: 0.8 };
/** Countries taken from the list rather than the text are a guess. */
const LIST_COUNTRIES_CONFIDENCE = 0.6;

/** The country a veto was about: a non-member country the sentence names, or a person's country. */
function topicOf(view: ArticleView, sentence: Sentence, after: number): string | null {
  const candidates = view
    .mentionsWithin(sentence.start, sentence.end)
    .map((m) => ({ m, actor: view.actorOf(m) }))
    .map(({ m, actor }) => ({ pos: m.start, code: actor?.kind === "country" ? actor.id : actor?.country }))
    .filter((c): c is { pos: number; code: string } => c.code !== undefined && !isPermanentMember(c.code));
  const pick = candidates.find((c) => c.pos >= after) ?? candidates[0];
  return pick ? (view.actors.get(pick.code)?.name ?? pick.code) : null;
}

function verbPhrase(subtype: VetoSubtype, plural: boolean): string {
  if (subtype === "cast") return plural ? "veto" : "vetoes";
  if (subtype === "threatened") return plural ? "threaten to veto" : "threatens to veto";
  return plural ? "defend or recall their veto of" : "defends or recalls its veto of";
}

function summaryOf(actors: readonly Actor[], subtype: VetoSubtype, topic: string | null, symbol: string | null): string {
  const what = `a draft resolution${topic ? ` on ${topic}` : ""}${symbol ? ` (${symbol})` : ""}`;
  if (subtype === "referenced") return truncate(`${actors.length > 0 ? `${joinNames(actors)}'s veto` : "Veto"} of ${what} cited`);
  return truncate(`${joinNames(actors)} ${verbPhrase(subtype, actors.length > 1)} ${what}`);
}

interface Mention {
  draft: DraftEvent;
  countries: string[];
  /** Its own clause has date words: it is not just another mention of the story's veto. */
  dated: boolean;
  /** "an earlier text", "a previous veto": said to be another veto than the story's. */
  other: boolean;
  vetoing: Actor[];
}

/** Words that set a veto apart from the one the story is about. */
const ANOTHER = /\b(?:earlier|previous|prior|past|former|other|another|similar)\b/i;
const ANOTHER_REACH = 40;

export function extractVetoes(input: VetoInput): VetoOutput {
  const { view, article, published, vetoList } = input;
  const mentions: Mention[] = [];
  let undated = 0;
  let lastTopic: string | null = null;
  let context: string[] = [];

  const turns = briefingTurns(view);
  view.sentences.forEach((sentence, i) => {
    const sentenceDates = input.dates[i] ?? [];
    const we = turnCountryAt(turns, sentence.end - 1);
    const found = findVetoes(view, sentence, sentenceDates, context, we && isPermanentMember(we) ? we : undefined);
    const withDates = found.map((e) => ({
      expression: e,
      own: daysAfter(view.text, sentence, e, clauseDate(view.text, sentence, sentenceDates, e), input.newsDay),
    }));
    const expressions = mergeSameVeto(withDates);
    const sentenceTopic = topicOf(view, sentence, expressions[0]?.expression.end ?? sentence.start);
    const topic = sentenceTopic ?? lastTopic;
    if (sentenceTopic) lastTopic = sentenceTopic;
    const last = found.filter((e) => e.countries.length > 0).at(-1);
    if (last) context = last.countries;
    for (const { expression, own } of expressions) {
      const textSymbol = SYMBOL.exec(sentence.text)?.[0] ?? null;
      const dated = datedVeto(view.text, expression, own, sentenceDates, published, topic, vetoList, input.newsDay);
      if (!dated) {
        undated++;
        continue;
      }
      const subtype = castOrRecalled(expression.subtype, dated.date, published, own !== null);
      const codes = expression.countries.length > 0 ? expression.countries : (dated.listed?.countries ?? []);
      // A veto nobody cast ("refrain from using the veto") is talk about the veto, not one.
      if (codes.length === 0) continue;
      const symbol = textSymbol ?? dated.listed?.symbol ?? null;
      const draftTopic = topic ?? dated.listed?.topic ?? null;
      const vetoing = codes.map((code) => view.actors.get(code) ?? memberActor(code));
      const near = view.text.slice(expression.start, Math.min(sentence.end, expression.end + ANOTHER_REACH));
      mentions.push({
        draft: {
          type: "veto",
          subtype,
          ...dated.date,
          actors: vetoing.map((a) => ({ id: a.id, role: "vetoing" as const })),
          text: sentence.text,
          summary: summaryOf(vetoing, subtype, draftTopic, symbol),
          evidence: [evidenceFor(view, article, sentence)],
          confidence: expression.countries.length > 0 ? CONFIDENCE[subtype] : LIST_COUNTRIES_CONFIDENCE,
          draft: { symbol, topic: draftTopic },
        },
        countries: codes,
        dated: own !== null,
        other: ANOTHER.test(near),
        vetoing,
      });
    }
  });
  const drafts = sameAsStoryVeto(mentions);
  const actors = new Map<string, Actor>();
  for (const draft of drafts) {
    for (const a of draft.actors) actors.set(a.id, view.actors.get(a.id) ?? memberActor(a.id));
  }
  return { drafts, actors: [...actors.values()], undated };
}

/**
 * The veto a story is about is mentioned again and again: "the resolution failed because
 * of the Russian veto", "Russia's veto was a step backward", "the first time that Britain
 * had used the veto". A mention without date words of its own, by members of the story's
 * veto (its first cast one) and not set apart ("an earlier text"), is that veto: same
 * members, date and draft, so that merging makes one event of them. A cast veto before
 * the story's own ("On Tuesday, they blocked an earlier text") is background: referenced.
 */
function sameAsStoryVeto(mentions: readonly Mention[]): DraftEvent[] {
  const story = mentions.find((m) => m.draft.subtype === "cast");
  if (!story) return mentions.map((m) => m.draft);
  const members = new Set(story.countries);
  return mentions.map((m) => {
    if (m === story) return m.draft;
    const coreferent =
      !m.dated && !m.other && m.draft.subtype !== "threatened" && m.countries.every((c) => members.has(c));
    if (coreferent) {
      const { text, evidence, confidence } = m.draft;
      return { ...story.draft, text, evidence, confidence: Math.min(confidence, story.draft.confidence) };
    }
    if (m.draft.subtype === "cast" && m.draft.date < story.draft.date) {
      const { topic, symbol } = m.draft.draft ?? { topic: null, symbol: null };
      return { ...m.draft, subtype: "referenced", summary: summaryOf(m.vetoing, "referenced", topic, symbol) };
    }
    return m.draft;
  });
}

/** "Russia vetoed … using its veto": one veto, said twice (same members, same date words). */
function mergeSameVeto<T extends { expression: VetoExpression; own: DateMention | null }>(expressions: readonly T[]): T[] {
  const kept: T[] = [];
  for (const e of expressions) {
    const same = kept.find(
      (k) =>
        k.own === e.own &&
        k.expression.subtype === e.expression.subtype &&
        (k.expression.countries.join() === e.expression.countries.join() || e.expression.countries.length === 0),
    );
    if (!same) kept.push(e);
  }
  return kept;
}

function datedVeto(
  text: string,
  expression: VetoExpression,
  own: DateMention | null,
  dates: readonly DateMention[],
  published: string | null,
  topic: string | null,
  vetoList: readonly ListedVeto[],
  newsDay: ResolvedDate | null,
): { date: ResolvedDate; listed?: ListedVeto } | null {
  const { subtype, countries } = expression;
  if (subtype === "threatened") {
    // The date of the threat's own clause: before or inside "vowed on Wednesday to block".
    const own = dates.find((d) => d.start < expression.end && !endsInDateline(text, d.end)) ?? dates[0];
    if (own) return { date: own.resolved };
    // "Bolton said the United States would veto …" in a story about Friday's session: that day.
    if (newsDay) return { date: newsDay };
    return published ? { date: publicationDate(published) } : null;
  }
  const written = own?.resolved;
  if (written) {
    const query = {
      countries,
      onOrBefore: addDays(written.dateEnd ?? written.date, MATCH_DAYS),
      windowDays: MATCH_DAYS * 2 + (written.dateEnd ? daysBetween(written.date, written.dateEnd) : 0),
    };
    // Members and a written range are specific enough, and the topic word may be the
    // drafter's: with members, the topic only chooses among their vetoes in the range
    // ("the American veto in April of a resolution on Nicaragua", one of three that April).
    const onTopic = countries.length > 0 && topic ? findListedVeto(vetoList, { ...query, topic }) : undefined;
    const listed = onTopic ?? findListedVeto(vetoList, { ...query, topic: countries.length > 0 ? null : topic });
    if (!listed) return { date: written };
    // "in February", "since March 2014": the list names the day within the written range.
    const day = written.datePrecision === "day" ? written : { ...written, date: listed.date, datePrecision: "day" as const };
    if (day.dateEnd && day.datePrecision === "day") delete day.dateEnd;
    return { date: day, listed };
  }
  if (!published) return null;
  const listed = findListedVeto(vetoList, { countries, topic, onOrBefore: published, windowDays: WINDOW_DAYS[subtype] });
  if (listed) return { date: { date: listed.date, datePrecision: "day", dateBasis: "relative" }, listed };
  if (subtype === "cast" && newsDay) return { date: newsDay };
  const from = addDays(published, -FALLBACK_DAYS[subtype]);
  return {
    date: { date: from, dateEnd: published, datePrecision: subtype === "cast" ? "week" : "year", dateBasis: "published" },
  };
}

/**
 * A veto is news (cast) when it happened within two weeks before publication; one told
 * as background ("last used its veto in June 2018") is referenced, whatever the verb.
 * A veto named as a thing with a day of its own in that window ("Saturday’s veto by
 * Russia") is the news too. With no publication date nothing can be shown to be news
 * (a blog recounting a year of vetoes): every veto is referenced.
 */
function castOrRecalled(subtype: VetoSubtype, date: ResolvedDate, published: string | null, ownDay: boolean): VetoSubtype {
  if (subtype === "threatened") return subtype;
  if (!published) return "referenced";
  const recent = (date.dateEnd ?? date.date) >= addDays(published, -NEWS_DAYS);
  if (subtype === "referenced") return ownDay && recent && date.date <= published && date.datePrecision === "day" ? "cast" : "referenced";
  return recent ? "cast" : "referenced";
}

const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "a day after it vetoed", "two days after Russia vetoed": the veto is that many days before the clause's date. */
const DAYS_AFTER = /\b(a|one|two|three|four|five|six|\d)\s+days?\s+after\s+(?:[\w'’.-]+\s+){0,3}$/i;

/**
 * "signaled Friday that …, a day after it vetoed a resolution": the veto's day is counted
 * back from the date of the clause it hangs on (else the story's news day).
 */
function daysAfter(text: string, sentence: Sentence, expression: VetoExpression, own: DateMention | null, newsDay: ResolvedDate | null): DateMention | null {
  const after = DAYS_AFTER.exec(text.slice(sentence.start, expression.start));
  const base = own?.resolved ?? newsDay;
  if (!after || !base || base.datePrecision !== "day") return own;
  const days = COUNT_WORDS[after[1]!.toLowerCase()] ?? Number(after[1]);
  const start = sentence.start + after.index;
  return {
    start,
    end: start + after[0].length,
    resolved: { date: addDays(base.date, -days), datePrecision: "day", dateBasis: base.dateBasis, dateText: after[0].trim() },
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
