import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/pipeline/corpus/parseMarkdown";

describe("parseMarkdown", () => {
  it("reads front matter and turns the body into plain paragraphs", () => {
    const source = [
      "---",
      "title: France seeks UN vote on Mali",
      "date: 2013-03-04",
      "source: The Daily Globe",
      "url: https://globe.example/mali",
      "---",
      "# France Seeks UN Vote on Mali",
      "",
      "![Troops in Gao](gao.jpg)",
      "",
      "The **French** foreign minister said on Monday that [Paris](https://x.example) would table",
      "a new _draft resolution_ on Mali.",
      "",
      "> “We cannot stand by,” the minister said.",
      "",
      "- China has not said how it will vote.",
      "- Russia neither.",
      "",
      "```",
      "code()",
      "```",
    ].join("\n");
    const parsed = parseMarkdown(source);
    expect(parsed.warning).toBeNull();
    expect(parsed.metadata).toEqual({
      title: "France seeks UN vote on Mali",
      source: "The Daily Globe",
      url: "https://globe.example/mali",
      published: "2013-03-04",
      language: null,
    });
    expect(parsed.text.split("\n\n")).toEqual([
      "France Seeks UN Vote on Mali",
      "The French foreign minister said on Monday that Paris would table a new draft resolution on Mali.",
      "“We cannot stand by,” the minister said.",
      "China has not said how it will vote.",
      "Russia neither.",
    ]);
  });

  it("keeps underscores and asterisks inside words", () => {
    expect(parseMarkdown("Turnout was 5*3 in file_name_here, a*b.").text).toBe("Turnout was 5*3 in file_name_here, a*b.");
  });

  it("uses the body when the front matter is broken, with a warning", () => {
    const parsed = parseMarkdown("---\ntitle: [unclosed\n---\nThe minister spoke on Monday.");
    expect(parsed.warning).toMatch(/^front matter is not valid YAML/);
    expect(parsed.text).toBe("The minister spoke on Monday.");
  });
});
