import { describe, expect, it } from "vitest";
import { segment } from "../../../src/pipeline/text/segment";

function sentences(text: string): string[] {
  return segment(text).sentences.map((s) => s.text);
}

describe("segment", () => {
  it("splits plain sentences and gives offsets into the text", () => {
    const text = "Russia vetoed the draft. China joined it! Was it expected? Nobody knew.";
    const result = segment(text);
    expect(result.sentences.map((s) => s.text)).toEqual([
      "Russia vetoed the draft.",
      "China joined it!",
      "Was it expected?",
      "Nobody knew.",
    ]);
    for (const s of result.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not end sentences at titles, months, reference numbers and initials", () => {
    expect(sentences("Mr. Lavrov met Gen. Smith and Sen. John F. Kennedy Jr. on Jan. 5 to discuss resolution No. 2042. They agreed.")).toEqual([
      "Mr. Lavrov met Gen. Smith and Sen. John F. Kennedy Jr. on Jan. 5 to discuss resolution No. 2042.",
      "They agreed.",
    ]);
    expect(sentences("Dr. Ban and Lt. Col. Mrs. Rice met at St. Petersburg on Sept. 12, 2013.")).toHaveLength(1);
  });

  it("ends a sentence at an acronym only when a sentence-starting word follows", () => {
    expect(sentences("He met U.S. Secretary of State Hillary Clinton at the U.N. Headquarters.")).toHaveLength(1);
    expect(sentences("Troops will leave the U.S. The decision is final.")).toEqual([
      "Troops will leave the U.S.",
      "The decision is final.",
    ]);
    expect(sentences("They met at 5 p.m. Moscow time, etc. and left.")).toHaveLength(1);
  });

  it("does not split decimals, ellipses or lower-case continuations", () => {
    expect(sentences("Growth was 5.4 percent... or so. Then it fell.")).toEqual([
      "Growth was 5.4 percent... or so.",
      "Then it fell.",
    ]);
    expect(sentences("We will see… Perhaps not.")).toHaveLength(1);
    expect(sentences("The U.S.-led coalition, i.e. the West, objected.")).toHaveLength(1);
  });

  it("always ends a sentence at a line break, so headlines stand alone", () => {
    const text = "Russia Vetoes Syria Resolution\n\nMoscow blocked the draft on Saturday. China followed\nwithout comment";
    expect(sentences(text)).toEqual([
      "Russia Vetoes Syria Resolution",
      "Moscow blocked the draft on Saturday.",
      "China followed",
      "without comment",
    ]);
  });

  it("keeps a quotation interrupted by attribution in one sentence", () => {
    const text = "“We will go,” he said, “and we will win.” Then he left.";
    const result = segment(text);
    expect(result.sentences.map((s) => s.text)).toEqual([
      "“We will go,” he said, “and we will win.”",
      "Then he left.",
    ]);
    expect(result.quotes.map((q) => text.slice(q.start, q.end))).toEqual(["We will go,", "and we will win."]);
  });

  it("splits a multi-sentence quotation into its sentences but keeps one Quote", () => {
    const text = '"We certainly condemn all violence. However, you cannot act like a bull in a china shop," he said.';
    const result = segment(text);
    expect(result.sentences.map((s) => s.text)).toEqual([
      '"We certainly condemn all violence.',
      'However, you cannot act like a bull in a china shop," he said.',
    ]);
    expect(result.quotes).toHaveLength(1);
    const quote = result.quotes[0]!;
    expect(quote.open).toBe(0);
    expect(text[quote.close]).toBe('"');
    expect(quote.start).toBeLessThan(result.sentences[0]!.end);
    expect(quote.end).toBeGreaterThan(result.sentences[1]!.start);
  });

  it("ends the sentence after a closing quote when a new sentence follows", () => {
    const text = "Carney said Russia “must realize that this is a recipe for failure.” The West disagreed.";
    expect(sentences(text)).toEqual([
      "Carney said Russia “must realize that this is a recipe for failure.”",
      "The West disagreed.",
    ]);
  });

  it("keeps capitalised attribution after a quoted question with its quotation", () => {
    expect(sentences("“Why should we?” Foreign Minister Sergei Lavrov asked. Nobody answered.")).toEqual([
      "“Why should we?” Foreign Minister Sergei Lavrov asked.",
      "Nobody answered.",
    ]);
    expect(sentences("“Why not?” he asked.")).toHaveLength(1);
  });

  it("starts a sentence at an opening quotation mark", () => {
    expect(sentences("Lavrov spoke. “We are ready,” he said.")).toEqual(["Lavrov spoke.", "“We are ready,” he said."]);
  });

  it("returns nothing for blank text", () => {
    expect(segment("")).toEqual({ sentences: [], quotes: [] });
    expect(segment("  \n\n \n")).toEqual({ sentences: [], quotes: [] });
  });

  it("splits text in scripts without letter case", () => {
    expect(sentences("Он сказал. Мы согласны.")).toEqual(["Он сказал.", "Мы согласны."]);
  });
});

describe("segment at quotations closing a sentence", () => {
  it("starts a new sentence after a full stop inside closing quotes, even before 'He said'", () => {
    const text = 'Wood said it "would not move the needle forward on the ground." He said a cease-fire would leave Hamas in power.';
    expect(sentences(text)).toEqual([
      'Wood said it "would not move the needle forward on the ground."',
      "He said a cease-fire would leave Hamas in power.",
    ]);
  });

  it("keeps attribution only with a quotation that opens the sentence", () => {
    expect(sentences("He asked “why not?” Lavrov said nothing.")).toEqual(["He asked “why not?”", "Lavrov said nothing."]);
  });
});
