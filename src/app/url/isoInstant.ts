/**
 * Window edges in the URL as readable ISO dates. A window edge is an instant, but a
 * link needs only as much precision as the window's width makes visible: whole days for
 * windows of a month or more, hours down to two days, minutes below that. Windows
 * narrower than a minute (never drawn: the timeline's minimum is an hour) keep milliseconds.
 */
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** Coarsest first; [width from which the step is used, step]. */
const STEPS: ReadonlyArray<readonly [number, number]> = [
  [30 * DAY_MS, DAY_MS],
  [2 * DAY_MS, HOUR_MS],
  [0, MINUTE_MS],
];

/** Midnight needs no time of day: `2012-02-08`, else `2012-02-08T14:05Z`. */
function format(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2012-02-08T14:05:00.000Z
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

/** The two edges of a window, rounded to the precision its width calls for. */
export function formatWindowEdges(window: readonly [number, number]): [string, string] {
  const [from, to] = window;
  for (const [minWidth, step] of STEPS) {
    if (to - from < minWidth) continue;
    const a = Math.round(from / step) * step;
    const b = Math.round(to / step) * step;
    // A window narrower than the step would collapse; try the next finer step.
    if (b > a) return [format(a), format(b)];
  }
  return [new Date(from).toISOString(), new Date(to).toISOString()];
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?Z?)?$/;

/** Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS[.mmm]][Z]` as UTC; null for anything else. */
export function parseIsoInstant(text: string): number | null {
  const m = ISO_INSTANT.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number, number, number, number, number, number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, Math.round(Number(m[7] ?? 0) * 1000));
  const back = new Date(ms);
  // Date.UTC rolls 30 February into March; a link with an impossible date is ignored instead.
  const valid =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute &&
    back.getUTCSeconds() === second;
  return valid ? ms : null;
}
