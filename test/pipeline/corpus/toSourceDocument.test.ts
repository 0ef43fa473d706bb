import { describe, expect, it } from "vitest";
import { toSourceDocument } from "../../../src/pipeline/corpus/toSourceDocument";

const encode = (text: string) => new TextEncoder().encode(text);
const LEDE =
  "Russian Foreign Minister Sergei Lavrov said on Tuesday he was amazed by the hullabaloo over his failure to discuss a UN Syria resolution.";

describe("toSourceDocument", () => {
  it("cleans a text capture and lets the manifest win over what the file says", () => {
    const md = `---\ntitle: From the file\ndate: 2012-01-30\nsource: File Source\n---\n${LEDE}\n`;
    const result = toSourceDocument("a.md", "markdown", encode(md), { title: "From the manifest", published: "2012-01-31" });
    expect(result.warnings).toEqual([]);
    expect(result.document).toEqual({
      file: "a.md",
      title: "From the manifest",
      source: "File Source",
      url: null,
      published: "2012-01-31",
      language: null,
      text: LEDE,
    });
  });

  it("takes the headline from the text when nothing else names the article", () => {
    const result = toSourceDocument("b.txt", "text", encode(`Subscribe\nLavrov Avoids Clinton's Calls on Syria\n\n${LEDE}`));
    expect(result.document?.title).toBe("Lavrov Avoids Clinton's Calls on Syria");
    expect(result.document?.text).toBe(LEDE);
    expect(result.droppedShare).toBeGreaterThan(0);
  });

  it("skips empty, binary and chrome-only files with one warning naming the file", () => {
    expect(toSourceDocument("e.txt", "text", new Uint8Array()).warnings).toEqual(["e.txt: empty file; skipped"]);
    expect(toSourceDocument("w.txt", "text", encode(" \n\t\n")).warnings).toEqual(["w.txt: empty file; skipped"]);
    const binary = toSourceDocument("x.txt", "text", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(binary.document).toBeNull();
    expect(binary.warnings).toEqual(["x.txt: binary data (NUL bytes or control characters), not text; skipped"]);
    const chrome = toSourceDocument("c.txt", "text", encode("Subscribe\nNewsfeed\nlog in or register"));
    expect(chrome.warnings).toEqual(["c.txt: nothing but page chrome (menus, captions, links) after cleaning; skipped"]);
    const html = toSourceDocument("h.html", "html", encode("<html><body><script>x()</script></body></html>"));
    expect(html.warnings).toEqual(["h.html: no article text found in the HTML; skipped"]);
  });

  it("reads Windows-1252 text with a warning and keeps the article", () => {
    const bytes = Uint8Array.from([...encode("Lavrov said it was "), 0x93, ...encode("not our job"), 0x94, 0x2e]);
    const result = toSourceDocument("l.txt", "text", bytes);
    expect(result.document?.text).toBe("Lavrov said it was “not our job”.");
    expect(result.warnings).toEqual(["l.txt: not valid UTF-8; read as Windows-1252"]);
  });
});
