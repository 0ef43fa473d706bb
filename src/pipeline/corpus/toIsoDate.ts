import { IsoDate } from "../../model";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const NUMERIC = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, "i");
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, "i");

/**
 * The calendar day of a publication date as a page or front matter writes it, or null.
 * The day is taken as written, never converted between time zones: a page stamped
 * "2012-02-08T23:30:00-05:00" or "Wed, 08 Feb 2012 23:30 -0500" was published on the
 * outlet's 8 February. YAML front matter gives Date objects, which are at UTC midnight.
 */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  let parts: [string, string, string] | null = null;
  const numeric = NUMERIC.exec(value);
  const dayFirst = DAY_MONTH_YEAR.exec(value);
  const monthFirst = MONTH_DAY_YEAR.exec(value);
  if (numeric) parts = [numeric[1]!, numeric[2]!, numeric[3]!];
  else if (dayFirst) parts = [dayFirst[3]!, monthNumber(dayFirst[2]!), dayFirst[1]!];
  else if (monthFirst) parts = [monthFirst[3]!, monthNumber(monthFirst[1]!), monthFirst[2]!];
  if (!parts) return null;
  const day = `${parts[0]}-${parts[1].padStart(2, "0")}-${parts[2].padStart(2, "0")}`;
  return IsoDate.safeParse(day).success ? day : null;
}

function monthNumber(name: string): string {
  return String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1);
}
