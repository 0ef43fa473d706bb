import { describe, expect, it } from "vitest";
import { createAppStore } from "../../../src/app/store";
import { event, indexOf } from "../timeline/sampleEvents";

describe("loading a new file", () => {
  const first = indexOf([event({ date: "2012-02-08", id: "e-first" }), event({ date: "2012-02-09", id: "e-both" })]);
  const second = indexOf([event({ date: "2016-10-08", id: "e-both" }), event({ date: "2016-10-09", id: "e-second" })]);

  it("clears a selection the new file does not contain", () => {
    const store = createAppStore();
    store.getState().setData(first, "first.json");
    store.getState().select("e-first");
    store.getState().setData(second, "second.json");
    expect(store.getState().selectedId).toBeNull();
  });

  it("keeps a selection the new file also has", () => {
    const store = createAppStore();
    store.getState().setData(first, "first.json");
    store.getState().select("e-both");
    store.getState().setData(second, "second.json");
    expect(store.getState().selectedId).toBe("e-both");
  });

  it("remembers that a file came from this computer", () => {
    const store = createAppStore();
    store.getState().startLoading("mine.json", true);
    store.getState().setData(first, "mine.json");
    expect(store.getState().load).toMatchObject({ state: "ready", local: true });
    store.getState().startLoading("events.json");
    store.getState().setData(second, "events.json");
    expect(store.getState().load).toMatchObject({ state: "ready", local: false });
  });
});
