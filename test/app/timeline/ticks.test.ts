import { describe, expect, it } from "vitest";
import { axisTicks, describeWindow } from "../../../src/app/timeline/ticks";
import { formatWindowEdges } from "../../../src/app/url/isoInstant";
import { utc } from "./sampleEvents";

const labels = (from: string, to: string, width = 1200) => {
  const ticks = axisTicks(utc(from), utc(to), width);
  return { unit: ticks.unit, minor: ticks.minor.map((t) => t.label), major: ticks.major.map((t) => t.label) };
};

describe("axis ticks adapt from decades to days", () => {
  it("labels decades and years on wide windows", () => {
    const { unit, minor, major } = labels("1850-01-01", "2050-01-01");
    expect(unit).toBe("year");
    expect(minor).toContain("1900");
    expect(minor).not.toContain("1901");
    expect(major).toEqual([]);
  });

  it("labels months under years on a window of a few years", () => {
    const { unit, minor, major } = labels("2011-06-01", "2013-06-01");
    expect(unit).toBe("month");
    expect(minor).toContain("Jan");
    expect(major).toEqual(["2011", "2012", "2013"]);
  });

  it("labels days under months on a window of weeks", () => {
    const { unit, minor, major } = labels("2012-01-20", "2012-02-12");
    expect(unit).toBe("day");
    expect(minor).toContain("8");
    expect(major).toEqual(["January 2012", "February 2012"]);
    expect(axisTicks(utc("2012-01-20"), utc("2012-02-12"), 1200).major.map((t) => t.short)).toEqual(["Jan 2012", "Feb 2012"]);
  });

  it("never labels hours: the closest zoom shows each day, under its month", () => {
    const { unit, minor, major } = labels("2012-02-07T12:00:00Z", "2012-02-09T12:00:00Z", 1440);
    expect(unit).toBe("day");
    expect(minor).toEqual(["8", "9"]);
    expect(major).toEqual(["February 2012"]);
  });

  it("pins the enclosing unit of the left edge at x = 0", () => {
    const ticks = axisTicks(utc("2012-01-20"), utc("2012-02-12"), 1200);
    expect(ticks.major[0]).toMatchObject({ x: 0, label: "January 2012" });
    expect(ticks.major[1]!.x).toBeGreaterThan(0);
  });

  it("puts fewer ticks on a narrow screen", () => {
    expect(labels("2012-01-01", "2012-12-31", 375).minor.length).toBeLessThan(labels("2012-01-01", "2012-12-31", 1440).minor.length);
  });

  it("describes the visible range in the axis precision", () => {
    expect(describeWindow(utc("2012-01-20"), utc("2012-02-12"), "day")).toBe("Showing 20 Jan 2012 – 12 Feb 2012");
  });

  it("names the same days as a copied link when the edges are not at midnight", () => {
    const window = [Date.parse("2012-01-24T14:00:00Z"), Date.parse("2012-02-23T18:00:00Z")] as const;
    const [from, to] = formatWindowEdges(window);
    expect([from, to]).toEqual(["2012-01-25", "2012-02-24"]);
    expect(describeWindow(window[0], window[1], "day")).toBe("Showing 25 Jan 2012 – 24 Feb 2012");
  });
});
