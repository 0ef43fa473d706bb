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
import { evidenceFor } from "./evidenceFor";
import { findVetoes, type VetoExpression } from "./findVetoes";
import { joinNames, truncate } from "./summarize";

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

export function extractVetoes(input: VetoInput): VetoOutput {
  const { view, article, published, vetoList } = input;
  const drafts: DraftEvent[] = [];
  const actors = new Map<string, Actor>();
  let undated = 0;
  let lastTopic: string | null = null;

  view.sentences.forEach((sentence, i) => {
    const sentenceDates = input.dates[i] ?? [];
    const expressions = mergeSameVeto(findVetoes(view, sentence, sentenceDates));
    const sentenceTopic = topicOf(view, sentence, expressions[0]?.end ?? sentence.start);
    const topic = sentenceTopic ?? lastTopic;
    if (sentenceTopic) lastTopic = sentenceTopic;
    for (const expression of expressions) {
      const textSymbol = SYMBOL.exec(sentence.text)?.[0] ?? null;
      const dated = datedVeto(expression, sentenceDates, published, topic, vetoList, input.newsDay);
      if (!dated) {
        undated++;
        continue;
      }
      const subtype = castOrRecalled(expression.subtype, dated.date, published);
      const codes = expression.countries.length > 0 ? expression.countries : (dated.listed?.countries ?? []);
      // A veto nobody cast ("refrain from using the veto") is talk about the veto, not one.
      if (codes.length === 0) continue;
      const vetoing = codes.map((code) => view.actors.get(code) ?? memberActor(code));
      for (const actor of vetoing) actors.set(actor.id, actor);
      const symbol = textSymbol ?? dated.listed?.symbol ?? null;
      const draftTopic = topic ?? dated.listed?.topic ?? null;
      drafts.push({
        type: "veto",
        subtype,
        ...dated.date,
        actors: vetoing.map((a) => ({ id: a.id, role: "vetoing" as const })),
        text: sentence.text,
        summary: summaryOf(vetoing, subtype, draftTopic, symbol),
        evidence: [evidenceFor(view, article, sentence)],
        confidence: expression.countries.length > 0 ? CONFIDENCE[subtype] : LIST_COUNTRIES_CONFIDENCE,
        draft: { symbol, topic: draftTopic },
      });
    }
  });
  return { drafts, actors: [...actors.values()], undated };
}

/** "Russia vetoed … using its veto": one veto, said twice. */
function mergeSameVeto(expressions: VetoExpression[]): VetoExpression[] {
  const kept: VetoExpression[] = [];
  for (const e of expressions) {
    const same = kept.find((k) => k.subtype === e.subtype && (k.countries.join() === e.countries.join() || e.countries.length === 0));
    if (!same) kept.push(e);
  }
  return kept;
}

function datedVeto(
  expression: VetoExpression,
  dates: readonly DateMention[],
  published: string | null,
  topic: string | null,
  vetoList: readonly ListedVeto[],
  newsDay: ResolvedDate | null,
): { date: ResolvedDate; listed?: ListedVeto } | null {
  const { subtype, countries } = expression;
  if (subtype === "threatened") {
    // The date of the threat's own clause: before or inside "vowed on Wednesday to block".
    const own = dates.find((d) => d.start < expression.end) ?? dates[0];
    if (own) return { date: own.resolved };
    return published ? { date: publicationDate(published) } : null;
  }
  const written = dates[0]?.resolved;
  if (written) {
    const listed = findListedVeto(vetoList, {
      countries,
      // Members and a written range are specific enough; the topic word may be the drafter's.
      topic: countries.length > 0 ? null : topic,
      onOrBefore: addDays(written.dateEnd ?? written.date, MATCH_DAYS),
      windowDays: MATCH_DAYS * 2 + (written.dateEnd ? daysBetween(written.date, written.dateEnd) : 0),
    });
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
 */
function castOrRecalled(subtype: VetoSubtype, date: ResolvedDate, published: string | null): VetoSubtype {
  if (subtype !== "cast" || !published) return subtype;
  return (date.dateEnd ?? date.date) < addDays(published, -NEWS_DAYS) ? "referenced" : "cast";
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
