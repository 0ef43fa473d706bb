/**
 * Scores one corpus: an event file against its gold. Pure: the caller reads the files.
 */
import type { Actor, EventFile, TimelineEvent } from "../model/contract";
import { assign } from "./assign";
import { isFromChrome } from "./chrome";
import type { GoldFile, GoldStatement, GoldStory, GoldVeto } from "./gold";
import type { SpeakerLookup } from "./match";
import { sameCountries, statementScore, vetoingCountries, vetoScore } from "./match";
import type { StoryEvent } from "./stories";
import { assignToStories } from "./stories";

export interface Tally {
  /** Gold items the scorer demands (optional ones left out). */
  gold: number;
  /** Output events of the type, less those that found an optional gold item. */
  output: number;
  /** Correct pairs: statements by speaker and text; vetoes also by subtype and countries. */
  hits: number;
}

export interface Pair<G> {
  gold: G;
  item: StoryEvent;
}

/** What went wrong in one story, for the verbose listing. */
export interface StoryReport {
  story: GoldStory;
  missedStatements: GoldStatement[];
  extraStatements: StoryEvent[];
  missedVetoes: GoldVeto[];
  extraVetoes: StoryEvent[];
  /** Vetoes found in the right sentence but with the wrong subtype or countries. */
  wrongVetoes: Pair<GoldVeto>[];
  wrongDates: Pair<GoldStatement | GoldVeto>[];
  fromChrome: StoryEvent[];
}

export interface CorpusScore {
  corpus: string;
  statements: Tally;
  vetoes: Tally;
  /** Gold vetoes found (in their sentence) with exactly the right vetoing countries. */
  vetoCountries: { right: number; gold: number };
  /** Matched statements whose direct/reported subtype agrees (informative, no target). */
  statementSubtype: { right: number; total: number };
  /** Matched statements and vetoes whose date (and range end) equals the gold. */
  dates: { right: number; total: number };
  chromeEvents: number;
  unscored: TimelineEvent[];
  stories: StoryReport[];
}

export function dateRight(gold: { date: string; dateEnd?: string | undefined }, event: TimelineEvent): boolean {
  return event.date === gold.date && (event.dateEnd ?? event.date) === (gold.dateEnd ?? gold.date);
}

export function actorLookup(actors: readonly Actor[]): { speaker: SpeakerLookup; country: (id: string) => string | undefined } {
  const byId = new Map(actors.map((a) => [a.id, a]));
  return {
    // An id with no actor entry is still a name, but only an exact one: no surname rule.
    speaker: (id) => {
      const actor = byId.get(id);
      return actor ? { name: actor.name, kind: actor.kind } : { name: id, kind: "organization" };
    },
    country: (id) => byId.get(id)?.country ?? (/^[A-Z]{3}$/.test(id) ? id : undefined),
  };
}

function scoreStory(story: GoldStory, items: StoryEvent[], actors: ReturnType<typeof actorLookup>) {
  const statementItems = items.filter((i) => i.event.type === "statement");
  const vetoItems = items.filter((i) => i.event.type === "veto");
  const st = assign(story.statements, statementItems, (g, i) => statementScore(g, i, actors.speaker));
  const ve = assign(story.vetoes, vetoItems, (g, i) => vetoScore(g, i, actors.country));

  const required = <G extends { optional?: boolean | undefined }>(p: { gold: G }) => !p.gold.optional;
  const stPairs = st.pairs.filter(required).map((p) => ({ gold: p.gold, item: p.event }));
  const vePairs = ve.pairs.filter(required).map((p) => ({ gold: p.gold, item: p.event }));
  const countriesOk = (p: Pair<GoldVeto>) =>
    sameCountries(p.gold.countries, vetoingCountries(p.item, actors.country));
  const vetoOk = (p: Pair<GoldVeto>) => countriesOk(p) && p.item.event.subtype === p.gold.subtype;
  const dated: Pair<GoldStatement | GoldVeto>[] = [...stPairs, ...vePairs];
  const chrome = story.files.flatMap((f) => story.chrome[f] ?? []);

  const report: StoryReport = {
    story,
    missedStatements: st.missed.filter((g) => !g.optional),
    extraStatements: st.extra,
    missedVetoes: ve.missed.filter((g) => !g.optional),
    extraVetoes: ve.extra,
    wrongVetoes: vePairs.filter((p) => !vetoOk(p)),
    wrongDates: dated.filter((p) => !dateRight(p.gold, p.item.event)),
    fromChrome: items.filter((i) => i.sentences.some((s) => isFromChrome(s, chrome))),
  };
  const tallies = {
    statements: {
      gold: story.statements.filter((g) => !g.optional).length,
      output: statementItems.length - (st.pairs.length - stPairs.length),
      hits: stPairs.length,
    },
    vetoes: {
      gold: story.vetoes.filter((g) => !g.optional).length,
      output: vetoItems.length - (ve.pairs.length - vePairs.length),
      hits: vePairs.filter(vetoOk).length,
    },
    vetoCountriesRight: vePairs.filter(countriesOk).length,
    subtypeRight: stPairs.filter((p) => p.item.event.subtype === p.gold.subtype).length,
    datesRight: dated.length - report.wrongDates.length,
    datesTotal: dated.length,
  };
  return { report, tallies };
}

export function scoreCorpus(gold: GoldFile, output: EventFile): CorpusScore {
  const { byStory, unscored } = assignToStories(output, gold.stories);
  const actors = actorLookup(output.actors);
  const score: CorpusScore = {
    corpus: gold.corpus,
    statements: { gold: 0, output: 0, hits: 0 },
    vetoes: { gold: 0, output: 0, hits: 0 },
    vetoCountries: { right: 0, gold: 0 },
    statementSubtype: { right: 0, total: 0 },
    dates: { right: 0, total: 0 },
    chromeEvents: 0,
    unscored,
    stories: [],
  };
  gold.stories.forEach((story, i) => {
    const { report, tallies } = scoreStory(story, byStory[i] ?? [], actors);
    addTally(score.statements, tallies.statements);
    addTally(score.vetoes, tallies.vetoes);
    score.vetoCountries.right += tallies.vetoCountriesRight;
    score.vetoCountries.gold += tallies.vetoes.gold;
    score.statementSubtype.right += tallies.subtypeRight;
    score.statementSubtype.total += tallies.statements.hits;
    score.dates.right += tallies.datesRight;
    score.dates.total += tallies.datesTotal;
    score.chromeEvents += report.fromChrome.length;
    score.stories.push(report);
  });
  return score;
}

function addTally(into: Tally, add: Tally): void {
  into.gold += add.gold;
  into.output += add.output;
  into.hits += add.hits;
}

/** n/d, or null when there is nothing to divide (no output: precision is undefined). */
export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}
