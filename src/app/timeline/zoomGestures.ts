/**
 * d3-zoom as a gesture source only (the Mosaic PanZoom pattern): wheel, drag, pinch and
 * double-click produce transforms; each change becomes a new window in the store and
 * the transform is reset when the gesture ends. The window stays the only state, so
 * clamping it (zoom limits) never fights a transform d3 keeps elsewhere.
 */
import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from "d3-zoom";

export interface Affine {
  k: number;
  x: number;
}

/**
 * The window after the transform went from `prev` to `next`: the time now shown at
 * screen x was, under `prev`, shown at prev.k·(x − next.x)/next.k + prev.x.
 */
export function windowAfterTransform(
  window: readonly [number, number],
  width: number,
  prev: Affine,
  next: Affine,
): [number, number] {
  const msPerPx = (window[1] - window[0]) / width;
  const before = (x: number) => (prev.k * (x - next.x)) / next.k + prev.x;
  return [window[0] + before(0) * msPerPx, window[0] + before(width) * msPerPx];
}

export interface ZoomGestureTarget {
  element: Element;
  getWindow: () => readonly [number, number] | null;
  getWidth: () => number;
  setWindow: (window: [number, number]) => void;
  /** Vertical drag scrolls the lanes (px, positive shows lower lanes). */
  scrollLanes: (dy: number) => void;
}

/**
 * d3-zoom's default filter, minus Shift+wheel: that one scrolls the lanes instead.
 * https://d3js.org/d3-zoom#zoom_filter
 */
export function zoomFilter(event: { type: string; ctrlKey: boolean; shiftKey: boolean; button: number }): boolean {
  if (event.type === "wheel") return !event.shiftKey;
  return !event.ctrlKey && !event.button;
}

export function attachZoomGestures(target: ZoomGestureTarget): () => void {
  const selection = select(target.element);
  let last: Affine & { y: number } = { k: 1, x: 0, y: 0 };
  let resetting = false;
  const behaviour = zoom<Element, unknown>()
    // A small tolerance so a click with a trembling hand still selects instead of panning.
    .clickDistance(4)
    .filter(zoomFilter)
    .on("zoom", (event: D3ZoomEvent<Element, unknown>) => {
      if (resetting) return;
      const next: ZoomTransform = event.transform;
      const window = target.getWindow();
      if (window) target.setWindow(windowAfterTransform(window, target.getWidth(), last, next));
      // A drag (same scale) moves the lanes with the pointer; zooming about the pointer also moves y, ignore that.
      if (next.k === last.k && next.y !== last.y) target.scrollLanes(last.y - next.y);
      last = { k: next.k, x: next.x, y: next.y };
    })
    .on("end", () => {
      if (resetting) return;
      resetting = true;
      behaviour.transform(selection, zoomIdentity);
      resetting = false;
      last = { k: 1, x: 0, y: 0 };
    });
  selection.call(behaviour);
  return () => {
    selection.on(".zoom", null);
  };
}
