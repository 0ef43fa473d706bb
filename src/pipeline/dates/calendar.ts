/**
 * Calendar-day arithmetic on ISO dates (`YYYY-MM-DD`). Days are UTC midnights, so no
 * time zone or daylight-saving shift can move a date.
 */

const DAY_MS = 86_400_000;

export function toDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(day: Date): string {
  return day.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toDay(iso).getTime() + days * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. */
export function weekdayOf(iso: string): number {
  return toDay(iso).getUTCDay();
}

/** News weeks start on Monday ("earlier this week" on a Sunday still means that Monday). */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

export function firstOfMonth(year: number, month: number): string {
  return toIso(new Date(Date.UTC(year, month - 1, 1)));
}

export function lastOfMonth(year: number, month: number): string {
  return toIso(new Date(Date.UTC(year, month, 0)));
}

/** The month `offset` months away from the month of `iso`, as [year, month 1–12]. */
export function shiftMonth(iso: string, offset: number): [number, number] {
  const day = toDay(iso);
  const shifted = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + offset, 1));
  return [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1];
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The latest day with that weekday on or before `iso` (`strict`: before). */
export function weekdayOnOrBefore(iso: string, weekday: number, strict = false): string {
  const back = (weekdayOf(iso) - weekday + 7) % 7;
  return addDays(iso, back === 0 && strict ? -7 : -back);
}

/** The earliest day with that weekday on or after `iso` (`strict`: after). */
export function weekdayOnOrAfter(iso: string, weekday: number, strict = false): string {
  const ahead = (weekday - weekdayOf(iso) + 7) % 7;
  return addDays(iso, ahead === 0 && strict ? 7 : ahead);
}

export function minIso(a: string, b: string): string {
  return a < b ? a : b;
}
