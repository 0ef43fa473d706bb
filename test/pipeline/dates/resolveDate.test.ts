import { describe, expect, it } from "vitest";
import { resolveDate } from "../../../src/pipeline/dates/resolveDate";

describe("resolveDate", () => {
  it("falls back to the publication day when the clause has no date words", () => {
    expect(resolveDate("Lavrov said he was busy", "2012-01-31")).toEqual({
      date: "2012-01-31",
      datePrecision: "day",
      dateBasis: "published",
    });
  });

  it("never dates an undated article today", () => {
    expect(resolveDate("Lavrov said he was busy", null)).toBeNull();
    expect(resolveDate("Lavrov said on Tuesday he was busy", null)).toBeNull();
  });

  it("looks only inside the given span", () => {
    const text = "Lavrov said on Tuesday that the council will meet on Friday";
    expect(resolveDate(text, "2012-02-08", { start: 0, end: 22 })?.date).toBe("2012-02-07");
    expect(resolveDate(text, "2012-02-08", { start: 23, end: text.length })?.date).toBe("2012-02-10");
    expect(resolveDate(text, "2012-02-08", { start: 0, end: 11 })?.dateBasis).toBe("published");
  });
});
