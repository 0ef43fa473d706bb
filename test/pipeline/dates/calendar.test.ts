import { describe, expect, it } from "vitest";
import { mondayOf, shiftMonth, weekdayOnOrAfter, weekdayOnOrBefore } from "../../../src/pipeline/dates/calendar";

describe("calendar", () => {
  it("finds weekdays on either side of a day, across month and year ends", () => {
    expect(weekdayOnOrBefore("2012-02-08", 3)).toBe("2012-02-08");
    expect(weekdayOnOrBefore("2012-02-08", 3, true)).toBe("2012-02-01");
    expect(weekdayOnOrAfter("2011-12-30", 1)).toBe("2012-01-02");
    expect(weekdayOnOrAfter("2012-02-08", 3, true)).toBe("2012-02-15");
  });

  it("starts weeks on Monday, also for Sundays", () => {
    expect(mondayOf("2012-02-12")).toBe("2012-02-06");
    expect(mondayOf("2012-02-13")).toBe("2012-02-13");
  });

  it("shifts months across years", () => {
    expect(shiftMonth("2012-01-31", -1)).toEqual([2011, 12]);
    expect(shiftMonth("2012-12-15", 1)).toEqual([2013, 1]);
  });
});
