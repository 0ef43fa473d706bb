import { describe, expect, it } from "vitest";
import { isFromChrome } from "../../src/eval/chrome";
import { sameSentence } from "../../src/eval/match";
import { speakerMatches } from "../../src/eval/speaker";
import { containment, containsWords, contentWords, fold, words } from "../../src/eval/text";

describe("text normalisation", () => {
  it("folds case, accents, quotes and punctuation", () => {
    expect(fold("“Davutoğlu’s  WORDS,”")).toBe("davutoglu s words");
    expect(words("Al-Assad's")).toEqual(["al", "assad", "s"]);
  });

  it("keeps content words only", () => {
    expect([...contentWords("We are not President Assad’s friends or allies")]).toEqual([
      "not", "president", "assad", "friends", "allies",
    ]);
  });

  it("measures containment of the first text in the second", () => {
    expect(containment("regime change is not our job", "Lavrov added that “regime change is not our job.”")).toBe(1);
    expect(containment("regime change is not our job", "regime change")).toBeCloseTo(2 / 4);
    expect(containment("", "anything")).toBe(0);
  });

  it("finds word runs in order only", () => {
    expect(containsWords(["a", "b", "c"], ["b", "c"])).toBe(true);
    expect(containsWords(["a", "b", "c"], ["c", "b"])).toBe(false);
    expect(containsWords(["a"], [])).toBe(false);
  });
});

describe("sameSentence", () => {
  it("tolerates re-quoting and a sentence split in two", () => {
    const gold = "Russia indicated earlier this week that it would veto the draft resolution calling on Assad to step down.";
    expect(sameSentence(gold, "Russia indicated earlier this week that it would veto the draft resolution")).toBe(true);
    expect(sameSentence(gold, "Moscow has proposed its own draft.")).toBe(false);
    expect(sameSentence(gold, "Russia veto")).toBe(false);
  });
});

describe("speakerMatches", () => {
  it("matches persons on the surname, other actors on a listed name", () => {
    expect(speakerMatches(["Sergei Lavrov"], { name: "Sergey Lavrov", kind: "person" })).toBe(true);
    expect(speakerMatches(["Ahmet Davutoglu"], { name: "Ahmet Davutoğlu", kind: "person" })).toBe(true);
    expect(speakerMatches(["Sergei Lavrov"], { name: "Sergei Ryabkov", kind: "person" })).toBe(false);
    expect(speakerMatches(["Syrian authorities"], { name: "Russian authorities", kind: "organization" })).toBe(false);
    expect(speakerMatches(["Kremlin press service", "Kremlin"], { name: "Kremlin", kind: "organization" })).toBe(true);
    expect(speakerMatches(["Kremlin press service"], { name: "the Kremlin press service", kind: "organization" })).toBe(true);
    expect(speakerMatches(["Kremlin press service"], { name: "press service", kind: "organization" })).toBe(false);
  });
});

describe("isFromChrome", () => {
  const chrome = ["Russia’s PM Medvedev Warns of New War if US, Arab Troops Invade Syria", "Russia", "Subscribe"];

  it("flags a sentence inside a chrome snippet, or one that swallowed a long snippet", () => {
    expect(isFromChrome("Russia's PM Medvedev Warns of New War if US, Arab Troops Invade Syria", chrome)).toBe(true);
    expect(isFromChrome("Medvedev Warns of New War", chrome)).toBe(true);
    expect(
      isFromChrome("Russia’s PM Medvedev Warns of New War if US, Arab Troops Invade Syria MUNICH — Lavrov said.", chrome),
    ).toBe(true);
  });

  it("does not flag an honest sentence that contains a short snippet", () => {
    expect(isFromChrome("Subscribe Russia said it would veto the draft.", chrome)).toBe(false);
  });
});
