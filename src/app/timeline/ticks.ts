/**
 * Two-level time axis: fine ticks (from decades down to days, chosen by d3's
 * `scaleUtc().ticks`) labelled briefly, and the enclosing unit above them (years above
 * months, months above days). Never hours: events are known to the day at best. The
 * enclosing unit of the left edge is always labelled, so you can tell the year even
 * between year boundaries.
 */
import { scaleUtc } from "d3-scale";
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from "d3-time";
import { utcFormat } from "d3-time-format";
import { DAY_MS } from "./timeWindow";

export interface Tick {
  time: number;
  x: number;
  label: string;
  /** A shorter label for a major tick squeezed by the next one ("Jan 2012" for "January 2012"). */
  short?: string;
}

export interface AxisTicks {
  minor: Tick[];
  /** Enclosing units; the first may sit at x = 0 when its boundary is off-screen. */
  major: Tick[];
  /** The unit the fine ticks step by, for the readable description. */
  unit: "year" | "month" | "day";
}

interface Level {
  unit: AxisTicks["unit"];
  minor: (d: Date) => string;
  major: { interval: CountableTimeInterval; format: (d: Date) => string; short: (d: Date) => string } | null;
}

const LEVELS: { minStep: number; level: Level }[] = [
  { minStep: 360 * DAY_MS, level: { unit: "year", minor: utcFormat("%Y"), major: null } },
  {
    minStep: 28 * DAY_MS,
    level: { unit: "month", minor: utcFormat("%b"), major: { interval: utcYear, format: utcFormat("%Y"), short: utcFormat("%Y") } },
  },
  {
    minStep: 0,
    level: { unit: "day", minor: utcFormat("%-d"), major: { interval: utcMonth, format: utcFormat("%B %Y"), short: utcFormat("%b %Y") } },
  },
];

/** About one label per this many px; labels like "September 2012" need the room. */
const PX_PER_TICK = 80;

export function axisTicks(w0: number, w1: number, width: number): AxisTicks {
  const scale = scaleUtc().domain([w0, w1]).range([0, width]);
  let dates = scale.ticks(Math.max(2, Math.floor(width / PX_PER_TICK)));
  // Finer than a day d3 would pick hours: label every day instead.
  if (dates.length > 1 && dates[1]!.getTime() - dates[0]!.getTime() < DAY_MS) dates = scale.ticks(utcDay);
  const step = dates.length > 1 ? dates[1]!.getTime() - dates[0]!.getTime() : w1 - w0;
  const { level } = LEVELS.find((l) => step >= l.minStep)!;
  const minor = dates.map((d) => ({ time: d.getTime(), x: scale(d), label: level.minor(d) }));
  const major: Tick[] = [];
  if (level.major) {
    const { interval, format, short } = level.major;
    const first = interval.floor(new Date(w0));
    for (const d of [first, ...interval.range(new Date(w0), new Date(w1))]) {
      const time = d.getTime();
      if (major.length && major[major.length - 1]!.time === time) continue;
      major.push({ time, x: Math.max(0, scale(d)), label: format(d), short: short(d) });
    }
  }
  return { minor, major, unit: level.unit };
}

const describeFormats: Record<AxisTicks["unit"], (d: Date) => string> = {
  year: utcFormat("%Y"),
  month: utcFormat("%b %Y"),
  day: utcFormat("%-d %b %Y"),
};

/**
 * "Showing Jan 2011 – Dec 2016", in the precision the axis shows. Edges are rounded to
 * the nearest day, as the link does, so the page and a copied link name the same days.
 */
export function describeWindow(w0: number, w1: number, unit: AxisTicks["unit"]): string {
  const format = describeFormats[unit];
  const day = (time: number) => new Date(Math.round(time / DAY_MS) * DAY_MS);
  return `Showing ${format(day(w0))} – ${format(day(w1))}`;
}
