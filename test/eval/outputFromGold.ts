/**
 * The event file an ideal pipeline would write for a gold file: one article per story,
 * one event per gold item (optional ones left out), evidence = the gold sentence. Scoring
 * it checks that the gold's items are distinguishable under the matching rules, i.e. that
 * no two gold statements are so alike that one event could answer for either.
 */
import type { GoldFile } from "../../src/eval/gold";
import type { Actor, EventFile, TimelineEvent } from "../../src/model/contract";

export function outputFromGold(gold: GoldFile): EventFile {
  const actors = new Map<string, Actor>();
  const events: TimelineEvent[] = [];
  gold.stories.forEach((story) => {
    const evidence = (sentence: string) => [{ article: story.id, sentence, start: 0, end: sentence.length }];
    const common = { datePrecision: "day" as const, dateBasis: "explicit" as const, summary: "", confidence: 1 };
    for (const [i, s] of story.statements.filter((s) => !s.optional).entries()) {
      const name = s.speaker[0] as string;
      actors.set(name, { id: name, name, kind: "organization" });
      events.push({
        ...common, id: `${story.id}-s${i}`, type: "statement", subtype: s.subtype, date: s.date, dateEnd: s.dateEnd,
        actors: [{ id: name, role: "speaker" }], text: s.text, evidence: evidence(s.sentence),
      });
    }
    for (const [i, v] of story.vetoes.filter((v) => !v.optional).entries()) {
      events.push({
        ...common, id: `${story.id}-v${i}`, type: "veto", subtype: v.subtype, date: v.date, dateEnd: v.dateEnd,
        actors: v.countries.map((c) => ({ id: c, role: "vetoing" as const })), text: v.sentences[0] as string,
        evidence: evidence(v.sentences[0] as string),
      });
    }
  });
  const articles = gold.stories.map((s) => ({
    id: s.id, title: s.id, source: gold.corpus, url: null, published: s.published, files: s.files,
  }));
  return { schemaVersion: 1, articles, actors: [...actors.values()], events };
}
