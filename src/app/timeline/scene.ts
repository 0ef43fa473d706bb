/**
 * One frame of the timeline as plain data: lane rows, marks, bubbles, range bars and
 * label slots, in CSS pixels. Built by a pure function from the lanes, the window and
 * the canvas size; drawn by `drawScene`; queried by `hitTest`. Keeping the three apart
 * means what you see and what you can click are the same list.
 */
import type { Lane } from "./lanes";
import { clusterLane, DEFAULT_CLUSTER, type ClusterOptions } from "./cluster";
import { lowerBound, rangesReachingInto } from "./cull";
import { DAY_MS } from "./timeWindow";
import { DIAMOND_RADIUS, SELECTION_RING } from "./marks/geometry";

export interface LaneRow {
  lane: Lane;
  /** Position among all lanes (rows scrolled out of view are not in the scene). */
  index: number;
  y: number;
  height: number;
  /** Vertical centre of the marks. */
  cy: number;
}

export interface SceneMark {
  kind: "mark";
  row: number;
  /** Position in `index.events`. */
  pos: number;
  x: number;
  y: number;
}

export interface SceneCluster {
  kind: "cluster";
  row: number;
  count: number;
  vetoes: number;
  x: number;
  y: number;
  r: number;
  t0: number;
  t1: number;
  /** The selected event is one of this bubble's: the bubble gets the selection ring. */
  holdsSelection: boolean;
}

export interface SceneBar {
  row: number;
  pos: number;
  x0: number;
  x1: number;
  y: number;
}

export interface SceneLabel {
  pos: number;
  x: number;
  y: number;
  maxWidth: number;
}

export interface Scene {
  width: number;
  height: number;
  /** Top of the lane area (below the axis): nothing above it is clickable. */
  top: number;
  window: readonly [number, number];
  rows: LaneRow[];
  bars: SceneBar[];
  clusters: SceneCluster[];
  marks: SceneMark[];
  /**
   * Marks of the selected event, drawn on top; inside a bubble, the mark sits just above
   * the bubble, so the bubble and its count stay visible.
   */
  selected: SceneMark[];
  labels: SceneLabel[];
}

export interface SceneLayout {
  /** Height of the axis band above the lanes. */
  axisHeight: number;
  /** Room for the lane name above the marks. */
  laneLabelHeight: number;
  minLaneHeight: number;
  maxLaneHeight: number;
  /** Labels narrower than this are not worth showing. */
  minLabelWidth: number;
  maxLabelWidth: number;
  cluster: ClusterOptions;
}

export const DEFAULT_LAYOUT: SceneLayout = {
  axisHeight: 40,
  laneLabelHeight: 16,
  minLaneHeight: 44,
  maxLaneHeight: 88,
  minLabelWidth: 48,
  maxLabelWidth: 320,
  cluster: DEFAULT_CLUSTER,
};

/** Lanes share the height below the axis, each between the minimum and maximum height. */
export function laneHeightFor(laneCount: number, height: number, layout: SceneLayout = DEFAULT_LAYOUT): number {
  const free = Math.max(0, height - layout.axisHeight);
  return laneCount ? Math.min(layout.maxLaneHeight, Math.max(layout.minLaneHeight, free / laneCount)) : 0;
}

/**
 * How far the lanes can scroll: lanes that do not fit at their minimum height are
 * reached by scrolling, never merged, so every lane keeps its own name and events.
 */
export function maxLaneScroll(laneCount: number, height: number, layout: SceneLayout = DEFAULT_LAYOUT): number {
  const free = Math.max(0, height - layout.axisHeight);
  return Math.max(0, laneCount * laneHeightFor(laneCount, height, layout) - free);
}

/** The scroll offset that brings lane `index` fully into view, moving as little as possible. */
export function scrollToLane(
  scrollY: number,
  index: number,
  laneCount: number,
  height: number,
  layout: SceneLayout = DEFAULT_LAYOUT,
): number {
  const laneHeight = laneHeightFor(laneCount, height, layout);
  const free = Math.max(0, height - layout.axisHeight);
  const top = index * laneHeight;
  const next = top < scrollY ? top : top + laneHeight > scrollY + free ? top + laneHeight - free : scrollY;
  return Math.min(Math.max(0, next), maxLaneScroll(laneCount, height, layout));
}

/** Bubble radius grows with the log of the count so 10 and 10,000 both stay readable. */
export function clusterRadius(count: number): number {
  return Math.min(17, 8 + 2.6 * Math.log10(count));
}

/** The smallest a bubble gets to make room for a neighbour: its count must still fit inside. */
const MIN_SHARED_RADIUS = 12;

/**
 * A bubble's radius, shrunk (down to MIN_SHARED_RADIUS) so it does not overlap the bubbles
 * beside it in its lane: two big neighbours would otherwise run their counts together.
 */
export function fittedRadius(count: number, x: number, prevX: number, nextX: number): number {
  const room = Math.min(x - prevX, nextX - x) / 2 - 1;
  return Math.min(clusterRadius(count), Math.max(MIN_SHARED_RADIUS, room));
}

export interface SceneInput {
  lanes: Lane[];
  /** End of each event's range (UTC ms) by event position. */
  ends: Float64Array;
  window: readonly [number, number];
  width: number;
  height: number;
  selectedPos: number | null;
  /** How far the lanes are scrolled up, in px (clamped to what there is). */
  scrollY?: number;
  layout?: SceneLayout;
}

const GAP = 6;

export function buildScene(input: SceneInput): Scene {
  const { lanes, ends, window, width, height, selectedPos } = input;
  const layout = input.layout ?? DEFAULT_LAYOUT;
  const [w0, w1] = window;
  const msPerPx = (w1 - w0) / width;
  const toX = (time: number) => (time - w0) / msPerPx;
  const laneHeight = laneHeightFor(lanes.length, height, layout);
  const scrollY = Math.min(Math.max(0, input.scrollY ?? 0), maxLaneScroll(lanes.length, height, layout));
  const top = layout.axisHeight;
  const scene: Scene = { width, height, top, window, rows: [], bars: [], clusters: [], marks: [], selected: [], labels: [] };

  lanes.forEach((lane, row) => {
    const y = top + row * laneHeight - scrollY;
    // Rows scrolled out of view cost nothing: only the visible ones are clustered.
    if (y + laneHeight <= top || y >= height) return;
    const cy = y + layout.laneLabelHeight + (laneHeight - layout.laneLabelHeight) / 2;
    scene.rows.push({ lane, index: row, y, height: laneHeight, cy });

    const items = clusterLane(lane.t, lane.vetoCum, w0, w1, width, layout.cluster);
    const at = selectedPos === null ? -1 : lowerBound(lane.pos, selectedPos);
    const selectedIndex = at >= 0 && lane.pos[at] === selectedPos ? at : -1;
    let selectedMark: SceneMark | null = null;
    const laneMarks: SceneMark[] = [];
    const rightEdges: number[] = [];
    const bubbleXs = items.filter((item) => item.kind !== "mark").map((item) => item.x);
    let bubble = 0;
    for (const item of items) {
      if (item.kind === "mark") {
        const pos = lane.pos[item.i]!;
        laneMarks.push({ kind: "mark", row, pos, x: item.x, y: cy });
        rightEdges.push(item.x);
        const start = dayFloor(lane.t[item.i]!);
        if (isRange(start, ends[pos]!)) scene.bars.push({ row, pos, x0: toX(start), x1: toX(ends[pos]!), y: cy });
      } else {
        const count = item.to - item.from;
        const r = fittedRadius(count, item.x, bubbleXs[bubble - 1] ?? -Infinity, bubbleXs[bubble + 1] ?? Infinity);
        bubble++;
        const holdsSelection = selectedIndex >= item.from && selectedIndex < item.to;
        scene.clusters.push({ kind: "cluster", row, count, vetoes: item.vetoes, x: item.x, y: cy, r, t0: item.t0, t1: item.t1, holdsSelection });
        if (holdsSelection) selectedMark = { kind: "mark", row, pos: selectedPos!, x: item.x, y: cy - r - SELECTED_LIFT };
        rightEdges.push(item.x - r);
      }
    }
    // Ranges that began before the window but still reach into it.
    for (const i of rangesReachingInto(lane.t, (i) => ends[lane.pos[i]!]!, w0, lane.maxSpan)) {
      const pos = lane.pos[i]!;
      const start = dayFloor(lane.t[i]!);
      if (isRange(start, ends[pos]!)) scene.bars.push({ row, pos, x0: toX(start), x1: toX(ends[pos]!), y: cy });
    }
    // A label may run from its mark to the next thing drawn in the lane, never further.
    let next = 0;
    for (const mark of laneMarks) {
      // A label whose mark is off the left edge would name something you cannot see.
      if (mark.x < 0) continue;
      while (next < rightEdges.length && rightEdges[next]! <= mark.x) next++;
      const limit = Math.min(next < rightEdges.length ? rightEdges[next]! - GAP * 2 : width, width);
      const x = mark.x + GAP + 4;
      const room = Math.min(limit - x, layout.maxLabelWidth);
      if (room >= layout.minLabelWidth) scene.labels.push({ pos: mark.pos, x, y: cy, maxWidth: room });
    }
    scene.marks.push(...laneMarks);

    if (selectedIndex >= 0) scene.selected.push(selectedMark ?? { kind: "mark", row, pos: selectedPos!, x: toX(lane.t[selectedIndex]!), y: cy });
  });
  return scene;
}

/** How far above a bubble's edge the selected mark inside it is drawn: clear of the ring. */
const SELECTED_LIFT = DIAMOND_RADIUS + SELECTION_RING;

/** Only events known to a span of several days get a bar; one day is just the mark. */
function isRange(start: number, end: number): boolean {
  return end - start > DAY_MS;
}

function dayFloor(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}
