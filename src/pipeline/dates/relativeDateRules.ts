/**
 * News-style relative date words, resolved against the publication date. Past tense is
 * the default in news copy: a bare weekday is the latest such day on or before
 * publication; the future reading needs a future marker (see isFutureContext) or
 * words such as "next" and "tomorrow".
 */
import type { DatePrecision } from "../../model";
import {
  addDays,
  firstOfMonth,
  lastOfMonth,
  minIso,
  mondayOf,
  shiftMonth,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  yearOf,
} from "./calendar";

export interface RelativeRange {
  date: string;
  dateEnd?: string;
  datePrecision: DatePrecision;
}

export interface RelativeDateRule {
  pattern: RegExp;
  resolve(match: RegExpExecArray, published: string, future: boolean): RelativeRange;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

const day = (date: string): RelativeRange => ({ date, datePrecision: "day" });

function range(date: string, dateEnd: string, datePrecision: DatePrecision): RelativeRange {
  return date === dateEnd ? { date, datePrecision } : { date, dateEnd, datePrecision };
}

function weekOf(iso: string): RelativeRange {
  const monday = mondayOf(iso);
  return range(monday, addDays(monday, 6), "week");
}

function monthAt(published: string, offset: number): RelativeRange {
  const [year, month] = shiftMonth(published, offset);
  return range(firstOfMonth(year, month), lastOfMonth(year, month), "month");
}

function yearAt(year: number): RelativeRange {
  return range(`${year}-01-01`, `${year}-12-31`, "year");
}

/** The part of a current period that the tense allows: up to publication, or from it. */
function currentPart(period: RelativeRange, published: string, future: boolean): RelativeRange {
  const end = period.dateEnd ?? period.date;
  return future
    ? range(published, end, period.datePrecision)
    : range(period.date, minIso(end, published), period.datePrecision);
}

export const relativeDateRules: readonly RelativeDateRule[] = [
  {
    pattern: /\bthe\s+day\s+before\s+yesterday\b/gi,
    resolve: (_m, published) => day(addDays(published, -2)),
  },
  {
    pattern: /\bthe\s+day\s+after\s+tomorrow\b/gi,
    resolve: (_m, published) => day(addDays(published, 2)),
  },
  {
    pattern: /\b(?:(?:late|early)\s+)?(?:yesterday|last\s+night)\b/gi,
    resolve: (_m, published) => day(addDays(published, -1)),
  },
  {
    pattern: /\btomorrow\b/gi,
    resolve: (_m, published) => day(addDays(published, 1)),
  },
  {
    pattern:
      /\b(?:(?:earlier|later)\s+(?:today|in\s+the\s+day|on\s+the\s+same\s+day)|today|tonight|this\s+(?:morning|afternoon|evening))\b/gi,
    resolve: (_m, published) => day(published),
  },
  {
    // Capitalised weekdays only: "may"/"march" style clashes do not exist for weekdays,
    // but lower-case "sunday" in running text is usually not a date.
    pattern:
      /\b(?:(late|early|earlier|later)\s+(?:on\s+)?|(last|next|this(?:\s+past|\s+coming)?)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['\u2019]s)?(?:\s+(?:morning|afternoon|evening|night))?\b/g,
    resolve: (m, published, future) => {
      const weekday = WEEKDAYS.indexOf(m[3] ?? "");
      const which = (m[2] ?? "").toLowerCase();
      if (which === "next") return day(weekdayOnOrAfter(published, weekday, true));
      if (which === "last") return day(weekdayOnOrBefore(published, weekday, true));
      if (which === "this coming") return day(weekdayOnOrAfter(published, weekday));
      if (which === "this past") return day(weekdayOnOrBefore(published, weekday));
      return day(future ? weekdayOnOrAfter(published, weekday) : weekdayOnOrBefore(published, weekday));
    },
  },
  {
    pattern: /\b(?:last|this\s+past)\s+weekend\b|\bover\s+the\s+weekend\b/gi,
    resolve: (_m, published) => {
      const sunday = weekdayOnOrBefore(published, 0);
      return range(addDays(sunday, -1), sunday, "day");
    },
  },
  {
    pattern: /\b(?:(earlier|later)\s+(?:this|in\s+the)\s+week|this\s+week)\b/gi,
    resolve: (m, published, future) =>
      currentPart(weekOf(published), published, m[1]?.toLowerCase() === "later" || (future && !m[1])),
  },
  {
    pattern: /\b(?:last|the\s+previous|the\s+past)\s+week\b/gi,
    resolve: (_m, published) => weekOf(addDays(published, -7)),
  },
  {
    pattern: /\bnext\s+week\b/gi,
    resolve: (_m, published) => weekOf(addDays(published, 7)),
  },
  {
    pattern: /\bin\s+recent\s+days\b|\b(?:in|over)\s+the\s+(?:past|last)\s+(?:few\s+)?days\b/gi,
    resolve: (_m, published) => range(addDays(published, -7), published, "week"),
  },
  {
    pattern: /\b(?:(earlier|later)\s+)?this\s+month\b/gi,
    resolve: (m, published, future) =>
      currentPart(monthAt(published, 0), published, m[1]?.toLowerCase() === "later" || (future && !m[1])),
  },
  {
    pattern: /\b(?:last|the\s+previous|the\s+past)\s+month\b/gi,
    resolve: (_m, published) => monthAt(published, -1),
  },
  {
    pattern: /\bnext\s+month\b/gi,
    resolve: (_m, published) => monthAt(published, 1),
  },
  {
    pattern: /\b(?:(earlier|later)\s+)?this\s+year\b/gi,
    resolve: (m, published, future) =>
      currentPart(yearAt(yearOf(published)), published, m[1]?.toLowerCase() === "later" || (future && !m[1])),
  },
  {
    pattern: /\blast\s+year\b/gi,
    resolve: (_m, published) => yearAt(yearOf(published) - 1),
  },
  {
    pattern: /\bnext\s+year\b/gi,
    resolve: (_m, published) => yearAt(yearOf(published) + 1),
  },
  {
    pattern: /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b/gi,
    resolve: (m, published) => {
      const count = NUMBER_WORDS[(m[1] ?? "").toLowerCase()] ?? Number(m[1]);
      const unit = (m[2] ?? "").toLowerCase();
      if (unit === "day") return day(addDays(published, -count));
      if (unit === "week") return weekOf(addDays(published, -7 * count));
      if (unit === "month") return monthAt(published, -count);
      return yearAt(yearOf(published) - count);
    },
  },
];
