import { describe, expect, it } from "vitest";
import { scoreCorpus } from "../../src/eval/score";
import { checkTargets } from "../../src/eval/targets";
import { event, eventFile, gold, perfectEvents } from "./handmade";

const score = (events = perfectEvents()) => scoreCorpus(gold, eventFile(events));

describe("scoreCorpus", () => {
  it("scores a perfect output 1.0 everywhere and passes every target", () => {
    const s = score();
    expect(s.statements).toEqual({ gold: 3, output: 3, hits: 3 });
    expect(s.vetoes).toEqual({ gold: 2, output: 2, hits: 2 });
    expect(s.vetoCountries).toEqual({ right: 2, gold: 2 });
    expect(s.dates).toEqual({ right: 5, total: 5 });
    expect(s.chromeEvents).toBe(0);
    expect(checkTargets(s).every((c) => c.pass !== false)).toBe(true);
  });

  it("lowers recall, not precision, when an event is missing", () => {
    const s = score(perfectEvents().slice(1));
    expect(s.statements).toEqual({ gold: 3, output: 2, hits: 2 });
    expect(s.stories[0]?.missedStatements.map((g) => g.speaker[0])).toEqual(["Robert Wood"]);
  });

  it("counts a statement given to the wrong speaker as a false positive and a miss", () => {
    const events = perfectEvents();
    events[1] = { ...events[1]!, actors: [{ id: "robert-wood", role: "speaker" }] };
    const s = score(events);
    expect(s.statements).toEqual({ gold: 3, output: 3, hits: 2 });
    expect(s.stories[0]?.extraStatements).toHaveLength(1);
  });

  it("does not match a statement whose text is another one", () => {
    const events = perfectEvents();
    events[0] = { ...events[0]!, text: "Washington opposes unilateral steps at the United Nations" };
    expect(score(events).statements.hits).toBe(2);
  });

  it("matches a speaker on the surname and a text that holds the gold words", () => {
    const events = perfectEvents();
    events[4] = { ...events[4]!, text: "Lavrov said on Friday that Moscow was ready for talks in Minsk" };
    const s = scoreCorpus(gold, {
      ...eventFile(events),
      actors: eventFile(events).actors.map((a) => (a.id === "sergey-lavrov" ? { ...a, name: "Sergei Lavrov" } : a)),
    });
    expect(s.statements.hits).toBe(3);
  });

  it("counts a duplicate event once as a hit and once as a false positive", () => {
    const events = perfectEvents();
    const s = score([...events, { ...events[0]!, id: "e-dup" }]);
    expect(s.statements).toEqual({ gold: 3, output: 4, hits: 3 });
  });

  it("neither rewards nor punishes an optional item", () => {
    const optional = event({
      type: "statement", subtype: "reported", date: "2024-04-19", actor: "robert-wood", article: "a-1",
      text: "Western diplomats said the vote was a foregone conclusion",
      sentence: "Western diplomats have long said the vote was a foregone conclusion.",
    });
    const diplomats = { id: "western-diplomats", name: "Western diplomats", kind: "organization" as const };
    const found = { ...optional, actors: [{ id: diplomats.id, role: "speaker" as const }] };
    const file = eventFile([...perfectEvents(), found]);
    const s = scoreCorpus(gold, { ...file, actors: [...file.actors, diplomats] });
    expect(s.statements).toEqual({ gold: 3, output: 3, hits: 3 });
  });

  it("wants a veto's countries and subtype right", () => {
    const events = perfectEvents();
    events[2] = { ...events[2]!, actors: [{ id: "RUS", role: "vetoing" }] };
    events[3] = { ...events[3]!, subtype: "cast" };
    const s = score(events);
    expect(s.vetoes).toEqual({ gold: 2, output: 2, hits: 0 });
    expect(s.vetoCountries).toEqual({ right: 1, gold: 2 });
    expect(s.stories[0]?.wrongVetoes).toHaveLength(2);
    expect(checkTargets(s).find((c) => c.measure.startsWith("vetoes found"))?.pass).toBe(false);
  });

  it("wants both ends of a date range", () => {
    const events = perfectEvents();
    events[3] = { ...events[3]!, dateEnd: undefined };
    events[4] = { ...events[4]!, date: "2022-02-26" };
    const s = score(events);
    expect(s.dates).toEqual({ right: 3, total: 5 });
    expect(s.stories[0]?.wrongDates.map((p) => p.gold.date)).toEqual(["2024-04-15"]);
  });

  it("flags an event whose evidence is a chrome snippet", () => {
    const teaser = event({
      type: "veto", subtype: "threatened", date: "2024-04-19", actor: "RUS", article: "a-1",
      text: "Russia vows to block Ukraine text",
      sentence: "Read more: Russia vows to block Ukraine text",
    });
    const s = score([...perfectEvents(), teaser]);
    expect(s.chromeEvents).toBe(1);
    expect(s.vetoes.output).toBe(3);
    expect(checkTargets(s).find((c) => c.measure === "events from page chrome")?.pass).toBe(false);
  });

  it("scores an event merged across two stories in each of them", () => {
    const events = perfectEvents();
    const lavrov = events[4]!;
    events[4] = {
      ...lavrov,
      evidence: [...lavrov.evidence, { article: "a-1", sentence: "Lavrov spoke.", start: 0, end: 13 }],
    };
    const s = score(events);
    expect(s.statements).toEqual({ gold: 3, output: 4, hits: 3 });
  });

  it("reports events from files the gold does not know", () => {
    const file = eventFile(perfectEvents());
    file.articles.push({ id: "a-3", title: "", source: "", url: null, published: null, files: ["c.txt"] });
    file.events.push(event({ type: "statement", subtype: "direct", date: "2020-01-01", actor: "RUS", article: "a-3", text: "x", sentence: "x" }));
    expect(scoreCorpus(gold, file).unscored).toHaveLength(1);
  });

  it("fails precision and recall on an empty output", () => {
    const checks = checkTargets(score([]));
    expect(checks.filter((c) => c.pass === false).map((c) => c.measure)).toEqual([
      "statements precision",
      "statements recall",
      "vetoes found with their countries",
      "dates right (matched events)",
    ]);
  });
});
