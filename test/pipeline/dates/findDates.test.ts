import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/pipeline/dates/findDates";

// 2012-02-08 was a Wednesday.
const WEDNESDAY = "2012-02-08";

function first(text: string, published: string | null = WEDNESDAY) {
  return findDates(text, published)[0]?.resolved;
}

describe("findDates: relative words against the publication date", () => {
  it("reads a past-tense weekday as the latest such day on or before publication", () => {
    expect(first("Lavrov said on Tuesday he was amazed by the hullabaloo")).toMatchObject({
      date: "2012-02-07",
      datePrecision: "day",
      dateBasis: "relative",
      dateText: "Tuesday",
    });
    expect(first("the ambassador said Friday")?.date).toBe("2012-02-03");
    expect(first("Medvedev and Erdogan agreed on Wednesday to coordinate")?.date).toBe(WEDNESDAY);
  });

  it("keeps the future reading of a weekday after a future marker", () => {
    expect(first("The council will meet on Friday to vote")?.date).toBe("2012-02-10");
    expect(first("the council is due to vote on Monday")?.date).toBe("2012-02-13");
    expect(first("Lavrov said on Friday that they will meet")?.date).toBe("2012-02-03");
  });

  it("distinguishes last, next and plain weekdays", () => {
    expect(first("talks last Wednesday")?.date).toBe("2012-02-01");
    expect(first("talks next Wednesday")?.date).toBe("2012-02-15");
    expect(first("said late on Tuesday night")?.dateText).toBe("late on Tuesday night");
  });

  it("resolves day words", () => {
    expect(first("Putin said earlier in the day that Russia condemns")?.date).toBe(WEDNESDAY);
    expect(first("the minister said yesterday")?.date).toBe("2012-02-07");
    expect(first("the day before yesterday")?.date).toBe("2012-02-06");
    expect(first("two days ago")?.date).toBe("2012-02-06");
  });

  it("gives week, month and year ranges with their precision", () => {
    expect(first("Russia indicated earlier this week that it would veto")).toMatchObject({
      date: "2012-02-06",
      dateEnd: WEDNESDAY,
      datePrecision: "week",
    });
    expect(first("the envoy said last week")).toMatchObject({ date: "2012-01-30", dateEnd: "2012-02-05", datePrecision: "week" });
    expect(first("he travels later this week")).toMatchObject({ date: WEDNESDAY, dateEnd: "2012-02-12" });
    expect(first("a vote last month")).toMatchObject({ date: "2012-01-01", dateEnd: "2012-01-31", datePrecision: "month" });
    expect(first("earlier this year")).toMatchObject({ date: "2012-01-01", dateEnd: WEDNESDAY, datePrecision: "year" });
  });

  it("treats the week of a Sunday publication as the week that began on Monday", () => {
    expect(first("earlier this week", "2012-02-12")).toMatchObject({ date: "2012-02-06", dateEnd: "2012-02-12" });
  });
});

describe("findDates: written dates", () => {
  it("reads common explicit forms", () => {
    expect(first("a news conference in Moscow, Russia, January 26, 2016")).toMatchObject({
      date: "2016-01-26",
      dateBasis: "explicit",
      datePrecision: "day",
    });
    expect(first("the vote on 2012-02-04")?.date).toBe("2012-02-04");
    expect(first("the draft vetoed on 4 February 2012")?.date).toBe("2012-02-04");
  });

  it("places a date without a year on the right side of publication", () => {
    expect(first("the talks on 26 January")?.date).toBe("2012-01-26");
    expect(first("the vote on Feb. 4")?.date).toBe("2012-02-04");
    expect(first("on Dec. 30 the council met", "2013-01-02")?.date).toBe("2012-12-30");
    expect(first("the council will meet on March 1", WEDNESDAY)?.date).toBe("2012-03-01");
  });

  it("gives month and year precision to months and years", () => {
    expect(first("in December 2011")).toMatchObject({ date: "2011-12-01", dateEnd: "2011-12-31", datePrecision: "month" });
    expect(first("talks held in March")).toMatchObject({ date: "2011-03-01", datePrecision: "month" });
    expect(first("vetoed in 2011")).toMatchObject({ date: "2011-01-01", dateEnd: "2011-12-31", datePrecision: "year" });
  });

  it("prefers the written date where it overlaps a weekday", () => {
    const dates = findDates("said on Wednesday, Feb. 1, that", WEDNESDAY);
    expect(dates).toHaveLength(1);
    expect(dates[0]?.resolved).toMatchObject({ date: "2012-02-01", dateBasis: "explicit" });
  });

  it("finds no date in numbers, names and election years", () => {
    expect(findDates("At least 5,400 people have been killed in the 11-month crackdown", WEDNESDAY)).toEqual([]);
    expect(findDates("British Prime Minister Theresa May said", WEDNESDAY)).toEqual([]);
    expect(findDates("despite his victory in 2014 elections", WEDNESDAY)).toEqual([]);
  });
});

describe("findDates without a publication date", () => {
  it("keeps only written dates that carry a year", () => {
    const dates = findDates("on Friday, in March, on 26 January and on 26 January 2016", null);
    expect(dates.map((d) => d.resolved.date)).toEqual(["2016-01-26"]);
  });

  it("places a day without a year in the story's year when one is given, never relative words", () => {
    const dates = findDates("on Friday, on 26 January and on 3 March 2016", null, 1994);
    expect(dates.map((d) => d.resolved.date)).toEqual(["1994-01-26", "2016-03-03"]);
  });
});

describe("findDates: bare months after since and last", () => {
  it("reads 'last MONTH' as the latest such month before the month of publication", () => {
    expect(first("The first was last September, when it walked out.", "2015-07-27")).toMatchObject({ date: "2014-09-01", dateEnd: "2014-09-30", datePrecision: "month" });
    expect(first("They met last July.", "2015-07-27")).toMatchObject({ date: "2014-07-01" });
    expect(first("They met last March.", "2015-07-27")).toMatchObject({ date: "2015-03-01" });
  });

  it("reads 'since MONTH' like 'in MONTH'", () => {
    expect(first("the first since October", "2015-07-27")).toMatchObject({ date: "2014-10-01", datePrecision: "month" });
  });

  it("reads no day in 'the second July in a row', but keeps 'the second of July' and '8 July'", () => {
    expect(findDates("It is the second July in a row that the envoy has walked out", "2015-07-27")).toEqual([]);
    expect(first("the talks ended on the second of July", "2015-07-27")?.date).toBe("2015-07-02");
    expect(first("It is the second July in a row: on 8 July 2014 it walked out", "2015-07-27")?.date).toBe("2014-07-08");
  });
});
