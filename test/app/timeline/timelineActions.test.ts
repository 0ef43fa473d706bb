import { describe, expect, it } from "vitest";
import { createAppStore } from "../../../src/app/store";
import { fitAll, panBy, stepSelection, zoomBy, zoomToSpan } from "../../../src/app/timeline/timelineActions";
import { fitWindow, HOUR_MS } from "../../../src/app/timeline/timeWindow";
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

  it("zoom buttons zoom around the centre, within the limits", () => {
    const { store } = loaded();
    const before = store.getState().window!;
    zoomBy(store, 2);
    const after = store.getState().window!;
    expect(after[1] - after[0]).toBeCloseTo((before[1] - before[0]) / 2);
    expect(after[0] + after[1]).toBeCloseTo(before[0] + before[1]);
    for (let i = 0; i < 40; i++) zoomBy(store, 2);
    const tightest = store.getState().window!;
    expect(tightest[1] - tightest[0]).toBe(HOUR_MS);
  });

  it("fit all restores the whole range after panning", () => {
    const { store, index } = loaded();
    zoomBy(store, 8);
    panBy(store, 0.5);
    fitAll(store);
    expect(store.getState().window).toEqual(fitWindow(index.extent));
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
