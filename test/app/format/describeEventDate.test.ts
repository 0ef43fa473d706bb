import { describe, expect, it } from "vitest";
import { describeEventDate, formatEventDate } from "../../../src/app/format/describeEventDate";
import { formatDayRange } from "../../../src/app/format/formatDay";

describe("describeEventDate", () => {
  it("gives an explicit day as the day alone", () => {
    expect(describeEventDate({ date: "2012-02-08", datePrecision: "day", dateBasis: "explicit" })).toBe("8 Feb 2012");
  });

  it("says which words a relative date came from", () => {
    expect(
      describeEventDate({
        date: "2012-02-06",
        dateEnd: "2012-02-12",
        datePrecision: "week",
        dateBasis: "relative",
        dateText: "earlier this week",
      }),
    ).toBe("6–12 Feb 2012, from ‘earlier this week’");
    expect(describeEventDate({ date: "2012-02-06", datePrecision: "week", dateBasis: "relative", dateText: "that week" })).toBe(
      "week of 6 Feb 2012, from ‘that week’",
    );
    expect(
      describeEventDate({ date: "2012-02-08", datePrecision: "day", dateBasis: "relative", dateText: "Wednesday" }),
    ).toBe("8 Feb 2012, from ‘Wednesday’");
  });

  it("says when a relative date has no recorded words", () => {
    expect(describeEventDate({ date: "2012-02-08", datePrecision: "day", dateBasis: "relative" })).toBe(
      "8 Feb 2012, worked out from the publication date",
    );
  });

  it("says when the date is only the publication date", () => {
    expect(describeEventDate({ date: "2012-02-08", datePrecision: "day", dateBasis: "published" })).toBe(
      "8 Feb 2012, the publication date (the text gives none)",
    );
  });

  it("drops what a coarse precision does not know", () => {
    expect(formatEventDate({ date: "2012-02-01", datePrecision: "month" })).toBe("Feb 2012");
    expect(formatEventDate({ date: "2016-01-01", datePrecision: "year" })).toBe("2016");
  });

  it("shows a day range when a day-precise event has an end", () => {
    expect(formatEventDate({ date: "2012-02-04", dateEnd: "2012-02-05", datePrecision: "day" })).toBe("4–5 Feb 2012");
  });
});

describe("formatDayRange", () => {
  it("shares the month and year the two ends have in common", () => {
    expect(formatDayRange("2012-02-06", "2012-02-12")).toBe("6–12 Feb 2012");
    expect(formatDayRange("2012-01-30", "2012-02-03")).toBe("30 Jan – 3 Feb 2012");
    expect(formatDayRange("2011-12-30", "2012-01-02")).toBe("30 Dec 2011 – 2 Jan 2012");
    expect(formatDayRange("2012-02-06", "2012-02-06")).toBe("6 Feb 2012");
  });
});
