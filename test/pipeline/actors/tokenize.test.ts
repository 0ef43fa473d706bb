import { describe, expect, it } from "vitest";
import { foldText } from "../../../src/model/foldText";
import { joinable, tokenize } from "../../../src/pipeline/actors/tokenize";

describe("tokenize", () => {
  it("splits possessives off, keeps dotted abbreviations whole, separates hyphenated parts", () => {
    const tokens = tokenize("Assad’s and Lavrov's talks with the U.S. al-Assad O'Brien");
    expect(tokens.map((t) => [t.text, t.key, t.possessive])).toEqual([
      ["Assad", "assad", true],
      ["and", "and", false],
      ["Lavrov", "lavrov", true],
      ["talks", "talks", false],
      ["with", "with", false],
      ["the", "the", false],
      ["U.S.", "us", false],
      ["al", "al", false],
      ["Assad", "assad", false],
      ["O'Brien", "o'brien", false],
    ]);
  });

  it("joins words of one name across spaces, hyphens and initials, not across commas or lines", () => {
    const text = "Dmitri A. Medvedev, Ki-moon\nBan";
    const t = tokenize(text);
    expect(joinable(text, t[0]!, t[1]!)).toBe(true);
    expect(joinable(text, t[1]!, t[2]!)).toBe(true);
    expect(joinable(text, t[2]!, t[3]!)).toBe(false);
    expect(joinable(text, t[3]!, t[4]!)).toBe(true);
    expect(joinable(text, t[4]!, t[5]!)).toBe(false);
  });
});

describe("foldText", () => {
  it("folds case and diacritics, including letters NFD keeps", () => {
    expect(foldText("Çavuşoğlu")).toBe("cavusoglu");
    expect(foldText("Davutoğlu")).toBe("davutoglu");
    expect(foldText("Łukaszenka")).toBe("lukaszenka");
    expect(foldText("Rivière")).toBe("riviere");
    expect(foldText("Altın")).toBe("altin");
  });
});
