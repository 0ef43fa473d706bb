import { describe, expect, it } from "vitest";
import { parseHtml } from "../../../src/pipeline/corpus/parseHtml";

const BODY = [
  "The French foreign minister said on Monday that Paris would table a new draft resolution on Mali at the Security Council next week, diplomats confirmed.",
  "“We cannot stand by while the situation deteriorates,” the minister told reporters in Paris, adding that African partners backed the text and that a vote could follow soon.",
  "Diplomats said China and Russia had not yet indicated how they would vote on the draft, which calls for an African-led force to be deployed in the north of the country.",
];

function page(head: string, extra = ""): string {
  return `<!doctype html><html lang="fr"><head>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article>
      <h1>France Seeks UN Vote on Mali</h1>
      <figure><img src="x.jpg"><figcaption>Troops in Gao, 3 March 2013. Photo: AFP</figcaption></figure>
      <p>${BODY[0]}</p>
      <div class="related-links"><a href="/a">Mali Army Retakes Northern Town</a></div>
      <p>${BODY[1]}</p>
      <p>${BODY[2]} <script>alert("x")</script></p>
      ${extra}
    </article>
    <footer>© 2013 The Daily Globe</footer>
  </body></html>`;
}

describe("parseHtml", () => {
  it("takes the article body one paragraph per block, without captions, teasers or scripts", () => {
    const { text } = parseHtml(page("<title>France Seeks UN Vote on Mali | The Daily Globe</title>"));
    const paragraphs = text.split("\n\n");
    for (const p of BODY) expect(paragraphs).toContain(p);
    expect(text).not.toMatch(/Photo: AFP|3 March 2013|Retakes Northern Town|alert|Home/);
  });

  it("drops captions and credits marked only by their class, in plain paragraphs", () => {
    const caption = "The minister, speaking in Bamako on Sunday. Rebels said the draft would prolong the war.";
    const { text } = parseHtml(
      page("", `<div class="image"><img src="y.jpg"><p class="caption">${caption}</p><p class="credit">Jane Roe/Globe Agency</p></div>`),
    );
    expect(text).toContain(BODY[2]);
    expect(text).not.toMatch(/Rebels said|Jane Roe/);
  });

  it("keeps a body whose class happens to name furniture, since it holds most of the text", () => {
    const html = `<html><body><div class="story-body has-comments">${BODY.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
    expect(parseHtml(html).text.split("\n\n")).toEqual(BODY);
  });

  it("reads title, source, canonical url, language and publication date from meta tags", () => {
    const { metadata } = parseHtml(
      page(`<title>ignored | Globe</title>
        <meta property="og:title" content="France seeks UN vote on Mali">
        <meta property="og:site_name" content="The Daily Globe">
        <meta property="article:published_time" content="2013-03-04T22:15:00-05:00">
        <link rel="canonical" href="https://globe.example/world/mali-vote">`),
    );
    expect(metadata).toEqual({
      title: "France seeks UN vote on Mali",
      source: "The Daily Globe",
      url: "https://globe.example/world/mali-vote",
      published: "2013-03-04",
      language: "fr",
    });
  });

  it("finds the date in JSON-LD, then in <time datetime>", () => {
    const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
      {"@type":"NewsArticle","headline":"Mali vote","datePublished":"2013-03-05T08:00:00Z","publisher":{"name":"Globe Wire"}}]}</script>`;
    expect(parseHtml(page(jsonLd)).metadata).toMatchObject({ published: "2013-03-05", source: "Globe Wire" });
    const withTime = parseHtml(page("", '<p>Published <time datetime="2013-03-06">6 March</time></p>'));
    expect(withTime.metadata.published).toBe("2013-03-06");
  });

  it("keeps only http(s) links", () => {
    const { metadata } = parseHtml(page('<link rel="canonical" href="javascript:alert(1)">'));
    expect(metadata.url).toBeNull();
  });

  it("gives no text for a page without an article", () => {
    expect(parseHtml("<html><head><title>Error</title></head><body></body></html>").text).toBe("");
  });
});
