import { describe, expect, it } from "vitest";
import { summariseText, toCorpusArticle, type StoryCopy } from "../../../src/pipeline/dedupe/toCorpusArticle";
import type { SourceDocument } from "../../../src/pipeline/types";

const TEXT = "Russian President Dmitry Medvedev and Turkish Prime Minister Recep Tayyip Erdogan agreed on Wednesday to coordinate.";

function doc(file: string, fields: Partial<SourceDocument> = {}): SourceDocument {
  return { file, title: null, source: null, url: null, published: null, language: null, text: TEXT, ...fields };
}

/** A copy whose text ref is the text itself, so the article comes out with its text. */
function copy({ text, ...document }: SourceDocument, droppedShare: number): StoryCopy<string> {
  return { document, droppedShare, text: summariseText(text, text) };
}

describe("toCorpusArticle", () => {
  it("keeps the cleanest copy's text and fills metadata from the other files", () => {
    const article = toCorpusArticle([
      copy(doc("000_raw.txt", { title: "Raw title", text: `${TEXT} Tagline.`, url: "https://a.example/1" }), 0.3),
      copy(doc("001_clean.txt", { published: "2012-02-08" }), 0),
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

  it("takes a copy with a tenth more prose over the cleanest one, which is a syndicated cut", () => {
    const paragraphs = Array.from({ length: 16 }, (_, i) => `Paragraph ${i} of the story tells what the envoys said after the vote in the council.`);
    const full = paragraphs.join("\n\n");
    const cut = paragraphs.slice(0, 13).join("\n\n");
    const tagged = `${full}\n\nThe latest news and stories from the region, with updates on defence, politics and more.`;
    expect(toCorpusArticle([copy(doc("a_capture.html", { text: full }), 0.4), copy(doc("b_syndicated.html", { text: cut }), 0.1)]).text).toBe(full);
    expect(toCorpusArticle([copy(doc("a_capture.html", { text: tagged }), 0.4), copy(doc("b_clean.txt", { text: full }), 0)]).text).toBe(full);
  });

  it("derives the id from the chosen text, not from file names or their order", () => {
    const a = toCorpusArticle([copy(doc("x.txt"), 0)]);
    const b = toCorpusArticle([
      copy(doc("later.txt", { text: `${TEXT} Subscribe!` }), 0.2),
      copy(doc("y.txt", { text: TEXT.replace("Wednesday", "WEDNESDAY") }), 0),
    ]);
    expect(b.id).toBe(a.id);
    expect(toCorpusArticle([copy(doc("x.txt", { text: `${TEXT} More.` }), 0)]).id).not.toBe(a.id);
  });

  it("names an article without a title after its first line", () => {
    const long = `${"Lavrov said the council would meet again ".repeat(4)}soon.\n\nSecond paragraph.`;
    const article = toCorpusArticle([copy(doc("z.txt", { text: long }), 0)]);
    expect(article.title.endsWith("…")).toBe(true);
    expect(article.title.length).toBeLessThanOrEqual(91);
    expect(article.source).toBe("unknown source");
  });
});
