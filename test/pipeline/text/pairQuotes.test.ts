import { describe, expect, it } from "vitest";
import { pairQuotes } from "../../../src/pipeline/text/pairQuotes";

function quoted(text: string): string[] {
  return pairQuotes(text).map((q) => text.slice(q.start, q.end));
}

describe("pairQuotes", () => {
  it("pairs curly and straight double quotes and records the marks", () => {
    const text = "He said “no” and then \"yes\".";
    const quotes = pairQuotes(text);
    expect(quoted(text)).toEqual(["no", "yes"]);
    expect(quotes[0]).toEqual({ open: 8, start: 9, end: 11, close: 11 });
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(quoted("Syria’s future and Russia's interests, the Syrians’ position and the allies' views")).toEqual([]);
    expect(quoted("“We’re not President Assad’s friends or allies,” he said.")).toEqual([
      "We’re not President Assad’s friends or allies,",
    ]);
  });

  it("pairs single quotes used as quotation marks", () => {
    expect(quoted("servicemen 'on the ground' and ‘regime change’ were mentioned")).toEqual([
      "on the ground",
      "regime change",
    ]);
  });

  it("returns only outermost quotations, with nested ones inside", () => {
    const text = "\"For this to work, there is a need for servicemen 'on the ground' to cooperate,\" Lavrov said.";
    expect(quoted(text)).toEqual(["For this to work, there is a need for servicemen 'on the ground' to cooperate,"]);
    expect(quoted("“He called it ‘a farce,’ ” she said.")).toEqual(["He called it ‘a farce,’ "]);
  });

  it("pairs guillemets and German low-high quotes", () => {
    expect(quoted("Il a dit « non » hier et „ja“ heute.")).toEqual([" non ", "ja"]);
  });

  it("joins a quotation continued over paragraphs with a reopening mark", () => {
    const text = "“We are ready to talk.\n\n“But we will not accept an ultimatum,” he said.\n\nNext paragraph.";
    const quotes = pairQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.open).toBe(0);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(
      "We are ready to talk.\n\n“But we will not accept an ultimatum,",
    );
  });

  it("ignores an unclosed mark at the end of a paragraph", () => {
    expect(quoted("He said “maybe.\n\nThen “yes” came.")).toEqual(["yes"]);
  });
});
