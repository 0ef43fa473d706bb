import { describe, expect, it } from "vitest";
import { createAppStore } from "../../../src/app/store";
import { fitAll, panBy, stepSelection, zoomAnchor, zoomBy, zoomToSpan } from "../../../src/app/timeline/timelineActions";
import { atZoomLimit, DAY_MS, fitWindow, MIN_WINDOW_MS } from "../../../src/app/timeline/timeWindow";
import { event, indexOf, utc } from "./sampleEvents";

const events = [event({ date: "2012-01-31" }), event({ date: "2012-02-08" }), event({ date: "2016-02-12" })];

function loaded() {
  const store = createAppStore();
  const index = indexOf(events);
  store.getState().setData(index, "test.json");
  return { store, index };
}

describe("timeline actions", () => {
  it("loading fits the window to the data", () => {
    const { store, index } = loaded();
    expect(store.getState().window).toEqual(fitWindow(index.extent));
  });

  it("zoom buttons zoom around the centre (nothing selected), within the limits", () => {
    const { store } = loaded();
    const before = store.getState().window!;
    zoomBy(store, 2);
    const after = store.getState().window!;
    expect(after[1] - after[0]).toBeCloseTo((before[1] - before[0]) / 2);
    expect(after[0] + after[1]).toBeCloseTo(before[0] + before[1]);
    for (let i = 0; i < 40; i++) zoomBy(store, 2);
    const tightest = store.getState().window!;
    expect(tightest[1] - tightest[0]).toBe(MIN_WINDOW_MS);
    expect(atZoomLimit(tightest, store.getState().columns!.extent, "in")).toBe(true);
    for (let i = 0; i < 40; i++) zoomBy(store, 0.5);
    expect(atZoomLimit(store.getState().window!, store.getState().columns!.extent, "out")).toBe(true);
  });

  it("zoom buttons zoom around the selected event while it is in view", () => {
    const { store, index } = loaded();
    store.getState().setWindow([utc("2012-01-20"), utc("2012-03-01")]);
    store.getState().select(index.events[1]!.id);
    const day = utc("2012-02-08") + DAY_MS / 2;
    const anchor = zoomAnchor(store.getState());
    expect(anchor).toBeCloseTo((day - utc("2012-01-20")) / (utc("2012-03-01") - utc("2012-01-20")));
    for (let i = 0; i < 5; i++) zoomBy(store, 2);
    const [a, b] = store.getState().window!;
    expect(a).toBeLessThan(day);
    expect(b).toBeGreaterThan(day);
    // Out of view, the middle again.
    store.getState().setWindow([utc("2015-01-01"), utc("2015-06-01")]);
    expect(zoomAnchor(store.getState())).toBe(0.5);
  });

  it("fit all restores the whole range after panning", () => {
    const { store, index } = loaded();
    zoomBy(store, 8);
    panBy(store, 0.5);
    fitAll(store);
    expect(store.getState().window).toEqual(fitWindow(index.extent));
  });

  it("fit all fits the filtered events when filters are active", () => {
    const { store, index } = loaded();
    store.getState().setFilters({ query: "nothing matches this" });
    fitAll(store);
    expect(store.getState().window).toEqual(fitWindow(index.extent));
    store.getState().setFilters({ query: "" });
    store.getState().setWindow([utc("2014-01-01"), utc("2014-02-01")]);
    // Only the 2012 events: a window around them, not the whole 2012–2016 span.
    const early = indexOf([event({ date: "2012-01-31", text: "early one" }), event({ date: "2012-02-08", text: "early two" }), event({ date: "2016-02-12", text: "late" })]);
    store.getState().setData(early, "test.json");
    store.getState().setFilters({ query: "early" });
    fitAll(store);
    const [a, b] = store.getState().window!;
    expect(a).toBeLessThanOrEqual(utc("2012-01-31"));
    expect(b).toBeGreaterThanOrEqual(utc("2012-02-09"));
    expect(b - a).toBeLessThan(60 * DAY_MS);
  });

  it("a bubble click zooms to its span", () => {
    const { store } = loaded();
    zoomToSpan(store, utc("2012-01-31"), utc("2012-02-09"));
    const [a, b] = store.getState().window!;
    expect(a).toBeLessThan(utc("2012-01-31"));
    expect(b).toBeGreaterThan(utc("2012-02-09"));
    expect(b - a).toBeLessThan(20 * 86_400_000);
  });

  it("] and [ step through the events in date order and reveal them", () => {
    const { store, index } = loaded();
    store.getState().setWindow([utc("2012-01-01"), utc("2012-01-15")]);
    stepSelection(store, 1);
    expect(store.getState().selectedId).toBe(index.events[0]!.id);
    stepSelection(store, 1);
    stepSelection(store, 1);
    expect(store.getState().selectedId).toBe(index.events[2]!.id);
    const [a, b] = store.getState().window!;
    expect(a).toBeLessThan(utc("2016-02-12"));
    expect(b).toBeGreaterThan(utc("2016-02-12"));
    stepSelection(store, 1);
    expect(store.getState().selectedId).toBe(index.events[2]!.id);
    stepSelection(store, -1);
    expect(store.getState().selectedId).toBe(index.events[1]!.id);
  });
});
