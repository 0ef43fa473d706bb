import { describe, expect, it } from "vitest";
import { toCorpusArticle } from "../../../src/pipeline/dedupe/toCorpusArticle";
import type { SourceDocument } from "../../../src/pipeline/types";

const TEXT = "Russian President Dmitry Medvedev and Turkish Prime Minister Recep Tayyip Erdogan agreed on Wednesday to coordinate.";

function doc(file: string, fields: Partial<SourceDocument> = {}): SourceDocument {
  return { file, title: null, source: null, url: null, published: null, language: null, text: TEXT, ...fields };
}

describe("toCorpusArticle", () => {
  it("keeps the cleanest copy's text and fills metadata from the other files", () => {
    const article = toCorpusArticle([
      { document: doc("000_raw.txt", { title: "Raw title", text: `${TEXT} Tagline.`, url: "https://a.example/1" }), droppedShare: 0.3 },
      { document: doc("001_clean.txt", { published: "2012-02-08" }), droppedShare: 0 },
    ]);
    expect(article).toMatchObject({
      title: "Raw title",
      source: "a.example",
      url: "https://a.example/1",
      published: "2012-02-08",
      files: ["000_raw.txt", "001_clean.txt"],
      text: TEXT,
    });
    expect(article.id).toMatch(/^a-[0-9a-f]{16}$/);
  });

  it("derives the id from the chosen text, not from file names or their order", () => {
    const a = toCorpusArticle([{ document: doc("x.txt"), droppedShare: 0 }]);
    const b = toCorpusArticle([
      { document: doc("later.txt", { text: `${TEXT} Subscribe!` }), droppedShare: 0.2 },
      { document: doc("y.txt", { text: TEXT.replace("Wednesday", "WEDNESDAY") }), droppedShare: 0 },
    ]);
    expect(b.id).toBe(a.id);
    expect(toCorpusArticle([{ document: doc("x.txt", { text: `${TEXT} More.` }), droppedShare: 0 }]).id).not.toBe(a.id);
  });

  it("names an article without a title after its first line", () => {
    const long = `${"Lavrov said the council would meet again ".repeat(4)}soon.\n\nSecond paragraph.`;
    const article = toCorpusArticle([{ document: doc("z.txt", { text: long }), droppedShare: 0 }]);
    expect(article.title.endsWith("…")).toBe(true);
    expect(article.title.length).toBeLessThanOrEqual(91);
    expect(article.source).toBe("unknown source");
  });
});
