import { describe, expect, it } from "vitest";
import { sourceExcerpt } from "../../../src/app/format/sourceExcerpt";
import { safeHttpUrl } from "../../../src/app/format/safeHttpUrl";

const text = "Opening words here. Medvedev defended the veto. Closing words follow after it.";
const start = text.indexOf("Medvedev");
const end = text.indexOf(" Closing");
const evidence = { sentence: "Medvedev defended the veto.", start, end };

describe("sourceExcerpt", () => {
  it("splits the text around the evidence sentence", () => {
    expect(sourceExcerpt(text, evidence, "all")).toEqual({
      before: "Opening words here. ",
      match: "Medvedev defended the veto.",
      after: " Closing words follow after it.",
      cutStart: false,
      cutEnd: false,
    });
  });

  it("cuts the context at whole words and says it did", () => {
    const excerpt = sourceExcerpt(text, evidence, 8);
    expect(excerpt.before).toBe("words here. ");
    expect(excerpt.after).toBe(" Closing");
    expect([excerpt.cutStart, excerpt.cutEnd]).toEqual([true, true]);
  });

  it("finds the sentence when the offsets are wrong", () => {
    const excerpt = sourceExcerpt(text, { ...evidence, start: 0, end: 5 }, "all");
    expect(excerpt.match).toBe("Medvedev defended the veto.");
    expect(excerpt.before).toBe("Opening words here. ");
  });

  it("falls back to the sentence alone without text, or when it cannot be found", () => {
    const alone = { before: "", match: "Medvedev defended the veto.", after: "", cutStart: false, cutEnd: false };
    expect(sourceExcerpt(undefined, evidence)).toEqual(alone);
    expect(sourceExcerpt("Something else entirely.", { ...evidence, start: 500, end: 600 })).toEqual(alone);
  });

  it("accepts offsets whose slice differs from the sentence only in spacing", () => {
    const spaced = "A.  Medvedev  defended\nthe veto. B.";
    const s = spaced.indexOf("Medvedev");
    const e = spaced.indexOf(" B.");
    expect(sourceExcerpt(spaced, { ...evidence, start: s, end: e }, "all").match).toBe("Medvedev  defended\nthe veto.");
  });
});

describe("safeHttpUrl", () => {
  it("keeps http and https links", () => {
    expect(safeHttpUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeHttpUrl("http://example.org")).toBe("http://example.org/");
  });

  it("refuses every other scheme and junk", () => {
    for (const url of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,x", "ftp://x", "//evil", "nonsense", "", null, undefined]) {
      expect(safeHttpUrl(url)).toBeNull();
    }
  });
});
