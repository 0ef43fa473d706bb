/**
 * Calendar dates in words, read from `YYYY-MM-DD` strings without going through the
 * local time zone (a date in the file is a calendar day, not an instant).
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

interface DayParts {
  year: number;
  month: number;
  day: number;
}

function parts(isoDate: string): DayParts {
  const [year = "", month = "", day = ""] = isoDate.split("-");
  return { year: Number(year), month: Number(month), day: Number(day) };
}

function monthName(month: number): string {
  return MONTHS[month - 1] ?? "?";
}

/** "8 Feb 2012" */
export function formatDay(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${monthName(month)} ${year}`;
}

/** "Feb 2012" */
export function formatMonth(isoDate: string): string {
  const { year, month } = parts(isoDate);
  return `${monthName(month)} ${year}`;
}

/** "2012" */
export function formatYear(isoDate: string): string {
  return String(parts(isoDate).year);
}

/** A span of days, sharing what the two ends share: "6–12 Feb 2012", "30 Jan – 3 Feb 2012". */
export function formatDayRange(from: string, to: string): string {
  if (from === to) return formatDay(from);
  const a = parts(from);
  const b = parts(to);
  if (a.year !== b.year) return `${formatDay(from)} – ${formatDay(to)}`;
  if (a.month !== b.month) return `${a.day} ${monthName(a.month)} – ${formatDay(to)}`;
  return `${a.day}–${formatDay(to)}`;
}
