import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppStore } from "../../../src/app/store";
import { startUrlSync, type HistoryPort } from "../../../src/app/url/urlSync";
import { sampleIndex } from "../filter/sampleIndex";

/** An in-memory history with the browser's semantics: push drops the forward entries. */
class FakeHistory implements HistoryPort {
  entries: string[];
  at = 0;
  private listeners = new Set<() => void>();
  constructor(initial = "") {
    this.entries = [initial];
  }
  readHash = () => this.entries[this.at]!;
  push = (hash: string) => {
    this.entries = [...this.entries.slice(0, this.at + 1), hash];
    this.at++;
  };
  replace = (hash: string) => {
    this.entries[this.at] = hash;
  };
  onNavigate = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  go(delta: number) {
    this.at += delta;
    this.listeners.forEach((l) => l());
  }
  edit(hash: string) {
    this.push(hash);
    this.listeners.forEach((l) => l());
  }
}

const DAY = 86_400_000;
const feb = (d: number) => Date.UTC(2012, 1, d);

let stop: (() => void) | null = null;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

function setup(initialHash = "", loaded = true) {
  const store = createAppStore();
  const history = new FakeHistory(initialHash);
  const index = sampleIndex();
  if (loaded) store.getState().setData(index, "test");
  stop = startUrlSync(store, history, 300);
  return { store, history, index };
}

describe("startUrlSync", () => {
  it("opens the linked event centred on a month and writes the window back", () => {
    const { store, history } = setup("#/event/e-lavrov");
    expect(store.getState().selectedId).toBe("e-lavrov");
    const [a, b] = store.getState().window!;
    expect(b - a).toBe(30 * DAY);
    expect((a + b) / 2).toBe(feb(7) + DAY / 2);
    expect(history.entries).toEqual(["#/event/e-lavrov?from=2012-01-24&to=2012-02-23&group=country"]);
  });

  it("waits for the data before opening a linked event", () => {
    const { store, history, index } = setup("#/event/e-putin?from=2012-02-01&to=2012-02-15&actors=vladimir-putin", false);
    expect(store.getState().filters.actorIds).toEqual(["vladimir-putin"]);
    expect(store.getState().selectedId).toBeNull();
    store.getState().setData(index, "test");
    expect(store.getState().selectedId).toBe("e-putin");
    expect(store.getState().window).toEqual([feb(1), feb(15)]);
    expect(history.entries).toHaveLength(1);
    expect(history.readHash()).toBe("#/event/e-putin?from=2012-02-01&to=2012-02-15&actors=vladimir-putin&group=country");
  });

  it("reports an unknown id and keeps it in the URL", () => {
    const { store, history } = setup("#/event/e-xyz");
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().missingId).toBe("e-xyz");
    expect(history.readHash()).toMatch(/^#\/event\/e-xyz/);
  });

  it("pushes an entry per selection, so back and forward step through them", () => {
    const { store, history } = setup("#/?from=2012-02-01&to=2012-02-15");
    store.getState().select("e-lavrov");
    store.getState().select("e-putin");
    expect(history.entries.map((h) => h.split("?")[0])).toEqual(["#/", "#/event/e-lavrov", "#/event/e-putin"]);

    history.go(-1);
    expect(store.getState().selectedId).toBe("e-lavrov");
    history.go(-1);
    expect(store.getState().selectedId).toBeNull();
    history.go(2);
    expect(store.getState().selectedId).toBe("e-putin");
    expect(history.entries).toHaveLength(3);
  });

  it("replaces the entry for window and filter changes, throttled", () => {
    const { store, history } = setup("#/?from=2012-02-01&to=2012-02-15");
    for (let d = 2; d < 10; d++) store.getState().setWindow([feb(d), feb(d + 14)]);
    store.getState().setFilters({ query: "veto" });
    expect(history.readHash()).toContain("from=2012-02-01");
    vi.advanceTimersByTime(300);
    expect(history.entries).toEqual(["#/?from=2012-02-09&to=2012-02-23&q=veto&group=country"]);
  });

  it("keeps a pending window change in the entry it belongs to when a selection follows", () => {
    const { store, history } = setup("#/?from=2012-02-01&to=2012-02-15");
    store.getState().setWindow([feb(3), feb(17)]);
    store.getState().select("e-li");
    expect(history.entries).toEqual([
      "#/?from=2012-02-03&to=2012-02-17&group=country",
      "#/event/e-li?from=2012-02-03&to=2012-02-17&group=country",
    ]);
  });

  it("restores filters and window when going back", () => {
    const { store, history } = setup("#/?from=2012-02-01&to=2012-02-15&types=cast");
    store.getState().select("e-veto");
    store.getState().setFilters({ subtypes: [], query: "russia" });
    store.getState().setWindow([feb(5), feb(9)]);
    vi.advanceTimersByTime(300);
    store.getState().select("e-threat");
    history.go(-1);
    expect(store.getState().selectedId).toBe("e-veto");
    expect(store.getState().filters).toEqual({ actorIds: [], subtypes: [], query: "russia" });
    expect(store.getState().window).toEqual([feb(5), feb(9)]);
    history.go(-1);
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().filters.subtypes).toEqual(["cast"]);
  });

  it("applies a hand-edited hash once", () => {
    const { store, history } = setup("");
    history.edit("#/event/e-veto?group=actor");
    expect(store.getState().selectedId).toBe("e-veto");
    expect(store.getState().groupBy).toBe("actor");
    expect(history.entries).toHaveLength(2);
  });

  it("stops writing after it is stopped", () => {
    const { store, history } = setup("#/");
    stop!();
    stop = null;
    store.getState().select("e-veto");
    expect(history.entries).toHaveLength(1);
  });
});

describe("startUrlSync while the data loads", () => {
  it("keeps the linked event in the URL when the window changes before the data arrives", () => {
    const { store, history, index } = setup("#/event/e-putin", false);
    expect(history.readHash()).toMatch(/^#\/event\/e-putin/);
    store.getState().setWindow([feb(1), feb(20)]);
    vi.advanceTimersByTime(300);
    expect(history.readHash()).toMatch(/^#\/event\/e-putin\?from=2012-02-01/);
    store.getState().setWindow([feb(2), feb(20)]);
    store.getState().setData(index, "test");
    // The replacement pending from before the data came must not overwrite the opened event.
    vi.advanceTimersByTime(300);
    expect(history.readHash()).toMatch(/^#\/event\/e-putin\?/);
    expect(store.getState().selectedId).toBe("e-putin");
    expect(history.entries).toHaveLength(1);
  });

  it("shows the linked event as awaited, and lets a pick of the user's replace it", () => {
    const { store, history, index } = setup("#/event/e-putin", false);
    expect(store.getState().awaitedId).toBe("e-putin");
    // A mark picked on a drawing from the columns file, before the events are in.
    store.getState().setColumns(index.columns);
    store.getState().selectWhenLoaded(1);
    vi.advanceTimersByTime(300);
    expect(store.getState().awaitedId).toBeNull();
    expect(history.readHash()).not.toMatch(/e-putin/);
    store.getState().setData(index, "test");
    expect(store.getState().selectedId).toBe(index.events[1]!.id);
    expect(store.getState().selectedId).not.toBe("e-putin");
  });

  it("drops the linked event when the user closes it before the data arrives", () => {
    const { store, index } = setup("#/event/e-putin", false);
    store.getState().select(null);
    store.getState().setData(index, "test");
    expect(store.getState().selectedId).toBeNull();
  });
});
