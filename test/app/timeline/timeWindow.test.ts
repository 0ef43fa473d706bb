import { describe, expect, it } from "vitest";
import {
  DAY_MS,
  MIN_WINDOW_MS,
  MAX_WINDOW_MS,
  YEAR_MS,
  clampWindow,
  fitWindow,
  panWindow,
  windowBounds,
  windowForData,
  zoomWindow,
} from "../../../src/app/timeline/timeWindow";
import { utc } from "./sampleEvents";

const extent = [utc("2012-01-22"), utc("2016-02-13")] as const;

describe("clampWindow", () => {
  it("never zooms in past two days (events have no time of day), keeping the centre", () => {
    const centre = utc("2014-06-01");
    const w = clampWindow([centre - 60_000, centre + 60_000], extent);
    expect(w[1] - w[0]).toBe(MIN_WINDOW_MS);
    expect(MIN_WINDOW_MS).toBe(2 * 86_400_000);
    expect((w[0] + w[1]) / 2).toBe(centre);
  });

  it("never zooms out past the padded data, nor past ~200 years", () => {
    const w = clampWindow([utc("1800-01-01"), utc("2200-01-01")], extent);
    const [lo, hi] = windowBounds(extent);
    expect(w).toEqual([lo, hi]);
    const wide = clampWindow([-1e15, 1e15], [-1e14, 1e14]);
    expect(wide[1] - wide[0]).toBeCloseTo(MAX_WINDOW_MS);
    expect(MAX_WINDOW_MS / YEAR_MS).toBeCloseTo(200);
  });

  it("does not pan far beyond the data: the window is pushed back inside the bounds", () => {
    const width = 30 * DAY_MS;
    const w = clampWindow([utc("2030-01-01"), utc("2030-01-01") + width], extent);
    expect(w[1]).toBe(windowBounds(extent)[1]);
    expect(w[1] - w[0]).toBe(width);
  });
});

describe("gestures", () => {
  it("zooms around the anchor: the time under the pointer stays put", () => {
    const w = [0, 1000 * DAY_MS] as const;
    const z = zoomWindow(w, 2, 0.25);
    expect(z).toEqual([125 * DAY_MS, 625 * DAY_MS]);
    expect(z[0] + (z[1] - z[0]) * 0.25).toBe(250 * DAY_MS);
  });

  it("at the closest zoom, more wheel steps leave the window where it is (no sideways drift)", () => {
    let w: [number, number] = clampWindow([utc("2012-01-26"), utc("2012-01-26") + MIN_WINDOW_MS], extent);
    const start = w;
    for (let step = 0; step < 20; step++) w = clampWindow(zoomWindow(w, 1.25, 0.9), extent);
    expect(w).toEqual(start);
    // Reaching the limit in one step still keeps the time under the pointer in place.
    const wide: [number, number] = [utc("2012-01-20"), utc("2012-01-25")];
    const pivot = wide[0] + (wide[1] - wide[0]) * 0.8;
    const z = clampWindow(zoomWindow(wide, 10, 0.8), extent);
    expect(z[1] - z[0]).toBe(MIN_WINDOW_MS);
    expect(z[0] + (z[1] - z[0]) * 0.8).toBeCloseTo(pivot);
  });

  it("pans by a fraction of the width", () => {
    expect(panWindow([100, 200], -0.1)).toEqual([90, 190]);
  });

  it("fits all events with some air and at least a week", () => {
    const w = fitWindow(extent);
    expect(w[0]).toBeLessThan(extent[0]);
    expect(w[1]).toBeGreaterThan(extent[1]);
    const single = fitWindow([utc("2012-02-08"), utc("2012-02-09")]);
    expect(single[1] - single[0]).toBeGreaterThanOrEqual(7 * DAY_MS);
  });

  it("keeps a window that still shows the new data and fits one that does not", () => {
    const inside: [number, number] = [utc("2013-01-01"), utc("2013-02-01")];
    const spread = Array.from({ length: 20 }, (_, i) => extent[0] + ((extent[1] - extent[0]) * i) / 19);
    expect(windowForData(inside, extent, spread)).toEqual(inside);
    expect(windowForData([utc("1990-01-01"), utc("1991-01-01")], extent, spread)).toEqual(fitWindow(extent));
    expect(windowForData(null, extent, spread)).toEqual(fitWindow(extent));
  });

  it("opens on the bulk of the events when a few lie years away, else on all of them", () => {
    // 34 events over a fortnight of 2012, 6 in 2016: the opening view is the fortnight.
    const days = [...Array.from({ length: 34 }, (_, i) => utc("2012-01-25") + (i % 15) * DAY_MS), ...Array(6).fill(utc("2016-02-12"))].sort(
      (a, b) => a - b,
    );
    const opening = windowForData(null, extent, days);
    expect(opening[0]).toBeGreaterThanOrEqual(utc("2012-01-20"));
    expect(opening[1]).toBeLessThanOrEqual(utc("2012-02-15"));
    const inView = days.filter((d) => d >= opening[0] && d < opening[1]).length;
    expect(inView).toBeGreaterThanOrEqual(30);
    // Too few events to speak of a bulk: all of them.
    expect(windowForData(null, extent, days.slice(-8))).toEqual(fitWindow(extent));
  });
});
