import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recognizeActors } from "../../../src/pipeline/actors/recognizeActors";
import { cleanText } from "../../../src/pipeline/clean/cleanText";
import { extractEvents } from "../../../src/pipeline/extract/extractEvents";
import { mergeEvents } from "../../../src/pipeline/merge/mergeEvents";
import { segment } from "../../../src/pipeline/text/segment";
import type { DraftEvent } from "../../../src/pipeline/types";

const draft = (article: string, start: number, text = "Russia wants the bloodshed to end."): DraftEvent => ({
  type: "statement",
  subtype: "direct",
  date: "2012-01-26",
  datePrecision: "day",
  dateBasis: "published",
  actors: [{ id: "sergey-lavrov", role: "speaker" }],
  text,
  summary: "Lavrov: Russia wants the bloodshed to end",
  evidence: [{ article, sentence: text, start, end: start + text.length }],
  confidence: 0.9,
});

describe("mergeEvents", () => {
  it("makes one event of the same statement, with sorted evidence, whatever the input order", () => {
    const a = draft("a-2", 10);
    const b = { ...draft("a-1", 50, "“Russia wants the bloodshed to end”"), confidence: 0.95 };
    const merged = mergeEvents([a, b]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence.map((e) => e.article)).toEqual(["a-1", "a-2"]);
    expect(merged[0]!.confidence).toBe(0.95);
    expect(mergeEvents([b, a])).toEqual(merged);
  });

  it("keeps different speakers, dates or words apart", () => {
    const other = { ...draft("a-1", 0), actors: [{ id: "vladimir-putin", role: "speaker" as const }] };
    const later = { ...draft("a-1", 0), date: "2012-01-27" };
    const words = draft("a-1", 0, "Russia wants talks.");
    expect(mergeEvents([draft("a-1", 0), other, later, words])).toHaveLength(4);
  });

  it("joins a lede printed twice in one article", () => {
    const merged = mergeEvents([draft("a-1", 0), draft("a-1", 300)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence.map((e) => e.start)).toEqual([0, 300]);
  });

  it("merges reports of one veto told in different sentences", () => {
    const veto = (article: string, sentence: string): DraftEvent => ({
      type: "veto",
      subtype: "referenced",
      date: "2012-02-04",
      datePrecision: "day",
      dateBasis: "relative",
      actors: [{ id: "RUS", role: "vetoing" }, { id: "CHN", role: "vetoing" }],
      text: sentence,
      summary: "veto",
      evidence: [{ article, sentence, start: 0, end: sentence.length }],
      confidence: 0.85,
      draft: { symbol: "S/2012/77", topic: "Syria" },
    });
    const merged = mergeEvents([veto("a-1", "the Russian-Chinese veto"), veto("a-2", "the veto by China and Russia")]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence).toHaveLength(2);
  });
});

describe("event ids on the seed corpus", () => {
  const manifest = JSON.parse(readFileSync("data/articles/manifest.json", "utf8")) as { file: string; title: string; published: string }[];
  const drafts = manifest.map((m) => {
    const { text } = cleanText(readFileSync(`data/articles/${m.file}`, "utf8"), m.title);
    const segmentation = segment(text);
    const recognition = recognizeActors(text, segmentation, m.published);
    const article = { id: `a-${m.file}`, title: m.title, source: "", url: null, published: m.published, files: [m.file], text };
    return extractEvents(article, segmentation, recognition).events;
  });

  it("keeps every id of a four-article run when the fifth article is added", () => {
    const four = mergeEvents(drafts.slice(0, 4).flat());
    const five = mergeEvents(drafts.flat());
    expect(four.length).toBeGreaterThan(10);
    const fiveIds = new Set(five.map((e) => e.id));
    for (const event of four) expect(fiveIds.has(event.id)).toBe(true);
    expect(five.length).toBeGreaterThan(four.length);
  });

  it("merges the two copies of the same story into events with two pieces of evidence", () => {
    const merged = mergeEvents(drafts.flat());
    const twice = merged.filter((e) => new Set(e.evidence.map((x) => x.article)).size === 2);
    expect(twice.length).toBeGreaterThan(5);
    expect(mergeEvents([...drafts].reverse().flat())).toEqual(merged);
  });
});
