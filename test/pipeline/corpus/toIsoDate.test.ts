import { describe, expect, it } from "vitest";
import { toIsoDate } from "../../../src/pipeline/corpus/toIsoDate";

describe("toIsoDate", () => {
  it("keeps the day as written, whatever the time zone", () => {
    expect(toIsoDate("2012-02-08")).toBe("2012-02-08");
    expect(toIsoDate("2012-02-08T23:30:00-05:00")).toBe("2012-02-08");
    expect(toIsoDate("Wed, 08 Feb 2012 23:30:00 -0500")).toBe("2012-02-08");
    expect(toIsoDate("February 8th, 2012")).toBe("2012-02-08");
    expect(toIsoDate("2012/2/8")).toBe("2012-02-08");
  });

  it("takes YAML dates (UTC midnight) as their day", () => {
    expect(toIsoDate(new Date(Date.UTC(2016, 1, 12)))).toBe("2016-02-12");
  });

  it("rejects impossible and yearless dates", () => {
    expect(toIsoDate("2012-02-30")).toBeNull();
    expect(toIsoDate("February 8")).toBeNull();
    expect(toIsoDate("yesterday")).toBeNull();
    expect(toIsoDate(20120208)).toBeNull();
  });
});
