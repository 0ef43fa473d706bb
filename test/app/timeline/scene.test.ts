import { describe, expect, it } from "vitest";
import { buildLanes } from "../../../src/app/timeline/lanes";
import { buildScene, clusterRadius, DEFAULT_LAYOUT, fittedRadius, laneHeightFor, maxLaneScroll, scrollToLane, type Scene } from "../../../src/app/timeline/scene";
import { hitTest, TOUCH_SLOP } from "../../../src/app/timeline/hitTest";
import { event, indexOf, utc } from "./sampleEvents";

const dense = Array.from({ length: 40 }, (_, i) =>
  event({ date: `2012-02-${String(1 + (i % 20)).padStart(2, "0")}`, actors: [{ id: "lavrov", role: "speaker" }] }),
);
const index = indexOf([
  ...dense,
  event({ date: "2012-06-01", dateEnd: "2012-06-30", datePrecision: "month", actors: [{ id: "clinton", role: "speaker" }] }),
  event({ date: "2012-09-15", type: "veto", subtype: "cast", actors: [{ id: "CHN", role: "vetoing" }] }),
]);
const positions = Uint32Array.from(index.events.map((_, i) => i));
const lanes = buildLanes(index.columns, positions, "country");

function scene(from: string, to: string, selectedPos: number | null = null): Scene {
  return buildScene({ lanes, ends: index.end, window: [utc(from), utc(to)], width: 1000, height: 400, selectedPos });
}

describe("scene", () => {
  it("lays out one row per lane below the axis", () => {
    const s = scene("2012-01-01", "2012-12-31");
    expect(s.rows.map((r) => r.lane.label)).toEqual(["Russia", "China", "United States"]);
    expect(s.rows[0]!.y).toBe(DEFAULT_LAYOUT.axisHeight);
  });

  it("aggregates a dense month at year zoom and splits it at day zoom", () => {
    const year = scene("2012-01-01", "2012-12-31");
    const russiaBubbles = year.clusters.filter((c) => c.row === 0);
    expect(russiaBubbles.reduce((n, c) => n + c.count, 0)).toBe(40);
    const days = scene("2012-02-01", "2012-02-04");
    expect(days.clusters.filter((c) => c.row === 0)).toEqual([]);
    expect(days.marks.filter((m) => m.row === 0).length).toBeGreaterThanOrEqual(6);
  });

  it("shrinks neighbouring bubbles so their counts do not run together, but never below readable", () => {
    // An event a day for eight years, seen so that buckets (a power of two of ms) are 28.5 px:
    // adjacent bubbles of ~800 events each, which at full size (r 15.5) would overlap.
    const day = (i: number) => new Date(utc("2008-01-01") + i * 86_400_000).toISOString().slice(0, 10);
    const busy = indexOf(Array.from({ length: 8 * 365 }, (_, i) => event({ date: day(i) })));
    const busyLanes = buildLanes(busy.columns, Uint32Array.from(busy.events.map((_, i) => i)), "country");
    const from = utc("1995-01-01");
    const window = [from, from + (400 * 2 ** 36) / 28.5] as const;
    const s = buildScene({ lanes: busyLanes, ends: busy.end, window, width: 400, height: 300, selectedPos: null });
    const bubbles = s.clusters.filter((c) => c.row === 0).sort((a, b) => a.x - b.x);
    expect(bubbles.length).toBeGreaterThan(1);
    for (let i = 1; i < bubbles.length; i++) {
      const gap = bubbles[i]!.x - bubbles[i - 1]!.x;
      if (gap >= 26) expect(bubbles[i]!.r + bubbles[i - 1]!.r).toBeLessThanOrEqual(gap);
    }
    expect(fittedRadius(5000, 100, 60, 140)).toBe(clusterRadius(5000));
    expect(fittedRadius(5000, 100, 72, 200)).toBe(13);
    expect(fittedRadius(5000, 100, 90, 200)).toBe(12);
  });

  it("draws a range event as a bar over its days with the mark on the best guess", () => {
    const s = scene("2012-05-15", "2012-07-15");
    const [bar] = s.bars;
    const msPerPx = (utc("2012-07-15") - utc("2012-05-15")) / 1000;
    expect(bar!.x0).toBeCloseTo((utc("2012-06-01") - utc("2012-05-15")) / msPerPx);
    expect(bar!.x1).toBeCloseTo((utc("2012-07-01") - utc("2012-05-15")) / msPerPx);
    const mark = s.marks.find((m) => m.pos === bar!.pos)!;
    expect(mark.x).toBeGreaterThanOrEqual(bar!.x0);
    // On the best-guess day (its middle), not somewhere in the month.
    expect(mark.x).toBeLessThan(bar!.x0 + 86_400_000 / msPerPx);
  });

  it("draws no bar for an event of a single day, even zoomed into hours", () => {
    const busyDay = indexOf(Array.from({ length: 5 }, () => event({ date: "2012-02-08" })));
    const dayLanes = buildLanes(busyDay.columns, Uint32Array.from([0, 1, 2, 3, 4]), "country");
    const window = [utc("2012-02-08T00:00:00Z"), utc("2012-02-08T12:00:00Z")] as const;
    const s = buildScene({ lanes: dayLanes, ends: busyDay.end, window, width: 1000, height: 400, selectedPos: null });
    expect(s.marks.length).toBeGreaterThan(1);
    expect(s.bars).toEqual([]);
  });

  it("still draws a range that began before the window", () => {
    const s = scene("2012-06-20", "2012-07-20");
    expect(s.marks).toEqual([]);
    expect(s.bars).toHaveLength(1);
    expect(s.bars[0]!.x0).toBeLessThan(0);
  });

  it("gives labels only the room up to the next mark, so they never overlap", () => {
    const s = scene("2012-02-01", "2012-02-06");
    const row = s.labels.filter((l) => s.marks.find((m) => m.pos === l.pos)!.row === 0).sort((a, b) => a.x - b.x);
    expect(row.length).toBeGreaterThan(1);
    const marks = s.marks.filter((m) => m.row === 0).map((m) => m.x).sort((a, b) => a - b);
    for (const label of row) {
      const next = marks.find((x) => x > label.x);
      if (next !== undefined) expect(label.x + label.maxWidth).toBeLessThan(next);
    }
  });

  it("shows the selected event inside a bubble without hiding the bubble: ringed, the mark just above it", () => {
    const selected = index.byId.get(dense[3]!.id)!;
    const s = scene("2012-01-01", "2012-12-31", selected);
    expect(s.marks.some((m) => m.pos === selected)).toBe(false);
    const holders = s.clusters.filter((c) => c.holdsSelection);
    expect(holders).toHaveLength(1);
    const bubble = holders[0]!;
    expect(s.selected).toEqual([expect.objectContaining({ pos: selected, row: bubble.row, x: bubble.x })]);
    expect(s.selected[0]!.y).toBeLessThan(bubble.y - bubble.r);
    expect(scene("2012-01-01", "2012-12-31").clusters.every((c) => !c.holdsSelection)).toBe(true);
  });
});

describe("lanes that do not fit", () => {
  // 20 actors with one event each: 20 lanes of at least 44 px in a 400 px canvas.
  const people = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, kind: "person" as const }));
  const many = indexOf(
    people.map((p) => event({ date: "2012-02-08", actors: [{ id: p.id, role: "speaker" }] })),
    people,
  );
  const manyLanes = buildLanes(many.columns, Uint32Array.from(many.events.map((_, i) => i)), "actor");
  const at = (scrollY: number) =>
    buildScene({ lanes: manyLanes, ends: many.end, window: [utc("2012-02-01"), utc("2012-02-15")], width: 1000, height: 400, selectedPos: null, scrollY });

  it("keeps every lane (none merged) and scrolls to the rest", () => {
    const free = 400 - DEFAULT_LAYOUT.axisHeight;
    expect(manyLanes).toHaveLength(20);
    expect(laneHeightFor(20, 400)).toBe(DEFAULT_LAYOUT.minLaneHeight);
    expect(maxLaneScroll(20, 400)).toBe(20 * DEFAULT_LAYOUT.minLaneHeight - free);
    expect(maxLaneScroll(3, 400)).toBe(0);

    const top = at(0);
    expect(top.rows[0]!.index).toBe(0);
    expect(top.rows.length).toBeLessThan(20);
    const bottom = at(1e9);
    expect(bottom.rows.at(-1)!.index).toBe(19);
    expect(bottom.rows.at(-1)!.y + bottom.rows.at(-1)!.height).toBeCloseTo(400);
    // Only rows in view are built, and each one's events are there.
    expect(bottom.marks.map((m) => m.row).sort((a, b) => a - b)).toEqual(bottom.rows.map((r) => r.index));
  });

  it("clicks above the lane area (a row half under the axis) hit nothing", () => {
    const s = at(20);
    const hidden = s.marks.find((m) => m.y < s.top);
    if (hidden) expect(hitTest(s, hidden.x, hidden.y)).toBeNull();
    const shown = s.marks.find((m) => m.y > s.top + 10)!;
    expect(hitTest(s, shown.x, shown.y)).toMatchObject({ kind: "mark" });
  });

  it("scrolls as little as needed to show a lane", () => {
    const h = DEFAULT_LAYOUT.minLaneHeight;
    expect(scrollToLane(0, 2, 20, 400)).toBe(0);
    expect(scrollToLane(0, 15, 20, 400)).toBe(16 * h - (400 - DEFAULT_LAYOUT.axisHeight));
    expect(scrollToLane(500, 3, 20, 400)).toBe(3 * h);
    expect(scrollToLane(0, 19, 20, 400)).toBe(maxLaneScroll(20, 400));
  });
});

describe("hit testing", () => {
  it("finds the nearest mark within a few pixels and nothing further away", () => {
    const s = scene("2012-09-01", "2012-09-30");
    const veto = s.marks.find((m) => index.events[m.pos]!.type === "veto")!;
    expect(hitTest(s, veto.x + 3, veto.y - 2)).toEqual({ kind: "mark", mark: veto });
    expect(hitTest(s, veto.x + 30, veto.y)).toBeNull();
  });

  it("takes a wider radius for a finger, and the nearest of two marks wins", () => {
    const s = scene("2012-09-01", "2012-09-30");
    const veto = s.marks.find((m) => index.events[m.pos]!.type === "veto")!;
    expect(hitTest(s, veto.x + 16, veto.y)).toBeNull();
    expect(hitTest(s, veto.x + 16, veto.y, TOUCH_SLOP)).toEqual({ kind: "mark", mark: veto });
    const neighbour = { ...veto, pos: 0, x: veto.x + 24 };
    const two: Scene = { ...s, marks: [...s.marks, neighbour] };
    expect(hitTest(two, veto.x + 14, veto.y, TOUCH_SLOP)).toEqual({ kind: "mark", mark: neighbour });
    expect(hitTest(two, veto.x + 10, veto.y, TOUCH_SLOP)).toEqual({ kind: "mark", mark: veto });
  });

  it("finds a bubble anywhere inside it", () => {
    const s = scene("2012-01-01", "2012-12-31");
    const bubble = s.clusters[0]!;
    expect(hitTest(s, bubble.x + bubble.r - 1, bubble.y)).toEqual({ kind: "cluster", cluster: bubble });
  });

  it("prefers a mark to a bubble it overlaps", () => {
    const s = scene("2012-01-01", "2012-12-31");
    const bubble = s.clusters[0]!;
    const mark = { kind: "mark" as const, row: bubble.row, pos: 0, x: bubble.x + bubble.r + 4, y: bubble.y };
    const withMark: Scene = { ...s, marks: [...s.marks, mark] };
    expect(hitTest(withMark, mark.x, mark.y)).toEqual({ kind: "mark", mark });
  });

  it("finds a range bar when its mark is out of view", () => {
    const s = scene("2012-06-20", "2012-07-20");
    const bar = s.bars[0]!;
    const hit = hitTest(s, 50, bar.y + 1);
    expect(hit).toMatchObject({ kind: "mark", mark: { pos: bar.pos } });
  });
});
