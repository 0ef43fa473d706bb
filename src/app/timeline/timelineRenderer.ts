/**
 * The imperative half of the timeline: owns the canvas, listens to the store and to the
 * pointer, and draws at most once per animation frame. React mounts it once and never
 * re-renders for a pan or zoom (STYLE.md, practice 2).
 */
import type { StoreApi } from "zustand";
import type { AppState } from "../store";
import { drawScene } from "./drawScene";
import { drawnLanes, drawnPositions } from "./drawnLanes";
import { clusterTooltip, eventLabel, eventTooltip, type TooltipText } from "./eventText";
import { frameScheduler, sizeCanvas } from "./canvasSurface";
import { HIT_SLOP, TOUCH_SLOP, hitTest, type Hit } from "./hitTest";
import { keyAction } from "./keyboard";
import { onColorSchemeChange, readPalette } from "./palette";
import { lowerBound } from "./cull";
import { buildScene, DEFAULT_LAYOUT, laneHeightFor, maxLaneScroll, scrollToLane, type Scene } from "./scene";
import { axisTicks, describeWindow } from "./ticks";
import { PAN_STEP, ZOOM_STEP, fitAll, panBy, stepSelection, zoomBy, zoomToSpan } from "./timelineActions";
import { attachZoomGestures } from "./zoomGestures";

export interface TimelineElements {
  canvas: HTMLCanvasElement;
  /** The region whose aria-busy tells when the first frame with data is on screen. */
  region: HTMLElement;
  /** Visually hidden text: the visible range and the axis labels, for screen readers and tests. */
  description: HTMLElement;
  axisLabels: HTMLElement;
  /** A native scrollbar beside the lanes (a scrolling box holding `laneSpacer`), shown when they overflow. */
  laneScroller: HTMLElement;
  laneSpacer: HTMLElement;
}

/** Which lanes are in view, when they do not all fit: ". Lanes 1–9 of 58." */
function describeLanes(scene: Scene, count: number): string {
  const first = scene.rows[0];
  const last = scene.rows.at(-1);
  if (!first || !last || scene.rows.length === count) return "";
  return `. Lanes ${first.index + 1}–${last.index + 1} of ${count}.`;
}

export function createTimelineRenderer(elements: TimelineElements, store: StoreApi<AppState>): () => void {
  const { canvas, region } = elements;
  let size = { width: canvas.clientWidth, height: canvas.clientHeight };
  let palette = readPalette();
  let scene: Scene | null = null;
  let pointer: { x: number; y: number } | null = null;
  // The click that follows a tap is a plain MouseEvent: remember what pressed.
  let pressedBy = "mouse";
  let hover: Hit | null = null;
  let labelCache = new Map<number, string>();
  let labelIndex: AppState["index"] = null;
  let lastAxisText = "";
  // How far the lanes are scrolled (px): a detail of this canvas, not part of the URL.
  let scrollY = 0;
  let laneCount = 0;
  let revealSelection = false;

  const labelOf = (pos: number): string | null => {
    const { index } = store.getState();
    if (!index) return null;
    if (index !== labelIndex) {
      labelIndex = index;
      labelCache = new Map();
    }
    let label = labelCache.get(pos);
    if (label === undefined) labelCache.set(pos, (label = eventLabel(index.events[pos]!, index.actors)));
    return label;
  };

  const tooltipFor = (hit: Hit | null, state: AppState): TooltipText | null => {
    if (!hit) return null;
    if (hit.kind === "cluster") return clusterTooltip(hit.cluster.count, hit.cluster.vetoes, hit.cluster.t0, hit.cluster.t1);
    const event = state.index?.events[hit.mark.pos];
    return event ? eventTooltip(event, state.index!.actors) : null;
  };

  const emptyMessage = (state: AppState, drawn: number): string | null => {
    if (state.load.state === "loading" && !state.columns) return "Loading events…";
    if (!state.columns) return state.load.state === "error" ? "No events loaded" : null;
    if (state.columns.count === 0) return "This file has no events";
    if (drawn === 0) return "No events match the filters";
    return null;
  };

  const updateDescription = (text: string, labels: string[]) => {
    const joined = `${text}\n${labels.join("|")}`;
    if (joined === lastAxisText) return;
    lastAxisText = joined;
    elements.description.textContent = text;
    elements.axisLabels.replaceChildren(
      ...labels.map((label) => {
        const item = document.createElement("li");
        item.textContent = label;
        return item;
      }),
    );
  };

  const draw = () => {
    const state = store.getState();
    const surface = sizeCanvas(canvas, size.width, size.height);
    const window = state.window ?? [Date.now() - 365 * 86_400_000, Date.now()];
    const lanes = drawnLanes(state);
    const selectedPos = state.selectedId !== null ? (state.index?.byId.get(state.selectedId) ?? null) : state.pendingPosition;
    laneCount = lanes.length;
    if (revealSelection && selectedPos !== null) {
      const row = lanes.findIndex((lane) => lane.pos[lowerBound(lane.pos, selectedPos)] === selectedPos);
      if (row >= 0) scrollY = scrollToLane(scrollY, row, lanes.length, size.height);
    }
    revealSelection = false;
    const maxScroll = maxLaneScroll(lanes.length, size.height);
    scrollY = Math.min(Math.max(0, scrollY), maxScroll);
    syncScroller(maxScroll);
    scene = buildScene({
      lanes,
      ends: state.columns?.end ?? new Float64Array(0),
      window,
      width: size.width,
      height: size.height,
      selectedPos,
      scrollY,
    });
    hover = pointer ? hitTest(scene, pointer.x, pointer.y) : null;
    canvas.style.cursor = hover ? "pointer" : "grab";
    // Before any data or link sets a window, the placeholder year is no one's dates: no axis.
    const ticks = state.window ? axisTicks(window[0], window[1], size.width) : { major: [], minor: [], unit: "year" as const };
    const drawn = drawnPositions(state)?.length ?? 0;
    drawScene(surface.ctx, {
      scene,
      ticks,
      axisHeight: DEFAULT_LAYOUT.axisHeight,
      kinds: state.columns?.kind ?? new Uint8Array(0),
      palette,
      labelOf,
      hover,
      tooltip: tooltipFor(hover, state),
      emptyMessage: emptyMessage(state, drawn),
    });
    updateDescription((state.window ? describeWindow(window[0], window[1], ticks.unit) : "") + describeLanes(scene, lanes.length), [
      ...ticks.major.map((t) => t.label),
      ...ticks.minor.map((t) => t.label),
    ]);
    // aria-busy turns false only once a frame with data (or the error state) is on screen.
    const busy = state.load.state === "idle" || (state.load.state === "loading" && !state.columns);
    region.setAttribute("aria-busy", String(busy));
  };

  const { laneScroller, laneSpacer } = elements;
  const syncScroller = (maxScroll: number) => {
    laneScroller.hidden = maxScroll === 0;
    laneSpacer.style.height = `${laneScroller.clientHeight + maxScroll}px`;
    if (Math.abs(laneScroller.scrollTop - scrollY) >= 1) laneScroller.scrollTop = scrollY;
  };
  /** Scrolls the lanes by `dy` px; false when they cannot move that way. */
  const scrollLanes = (dy: number): boolean => {
    const next = Math.min(Math.max(0, scrollY + dy), maxLaneScroll(laneCount, size.height));
    if (next === scrollY) return false;
    scrollY = next;
    frame.request();
    return true;
  };
  const onScrollerScroll = () => {
    if (Math.abs(laneScroller.scrollTop - scrollY) < 1) return;
    scrollY = laneScroller.scrollTop;
    frame.request();
  };
  // Shift+wheel scrolls the lanes (d3-zoom leaves it alone, see zoomFilter); a plain wheel zooms.
  const onWheel = (event: WheelEvent) => {
    if (!event.shiftKey) return;
    // Chromium and Firefox turn Shift+wheel into a horizontal delta.
    if (scrollLanes(event.deltaY || event.deltaX)) event.preventDefault();
  };

  const frame = frameScheduler(draw);
  region.setAttribute("aria-busy", "true");

  const unsubscribe = store.subscribe((state, prev) => {
    // A new selection (from the list, a link, n/p) scrolls its lane into view once.
    if (state.selectedId !== prev.selectedId) revealSelection = true;
    if (
      state.window !== prev.window ||
      state.columns !== prev.columns ||
      state.index !== prev.index ||
      state.filters !== prev.filters ||
      state.groupBy !== prev.groupBy ||
      state.selectedId !== prev.selectedId ||
      state.pendingPosition !== prev.pendingPosition ||
      state.load.state !== prev.load.state
    )
      frame.request();
  });

  const resize = new ResizeObserver(([entry]) => {
    if (!entry) return;
    size = { width: entry.contentRect.width, height: entry.contentRect.height };
    frame.request();
  });
  resize.observe(canvas);

  const detachZoom = attachZoomGestures({
    element: canvas,
    getWindow: () => store.getState().window,
    getWidth: () => size.width,
    setWindow: (w) => store.getState().setWindow(w),
    scrollLanes,
  });

  const localPoint = (event: MouseEvent) => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === "touch") return;
    pointer = localPoint(event);
    frame.request();
  };
  const onPointerLeave = () => {
    pointer = null;
    frame.request();
  };
  const onClick = (event: MouseEvent) => {
    if (!scene) return;
    const point = localPoint(event);
    const hit = hitTest(scene, point.x, point.y, pressedBy === "touch" ? TOUCH_SLOP : HIT_SLOP);
    const state = store.getState();
    if (hit?.kind === "cluster") zoomToSpan(store, hit.cluster.t0, hit.cluster.t1);
    else if (hit?.kind === "mark" && state.index) state.select(state.index.events[hit.mark.pos]!.id);
    else if (hit?.kind === "mark") state.selectWhenLoaded(hit.mark.pos);
  };
  const onPointerDown = (event: PointerEvent) => {
    pressedBy = event.pointerType;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyAction(event.key, event.shiftKey, ZOOM_STEP, PAN_STEP);
    if (!action) return;
    if (action.type === "scroll") {
      // Without lanes to scroll, ↑ ↓ keep scrolling the page.
      if (scrollLanes(action.lanes * laneHeightFor(laneCount, size.height))) event.preventDefault();
      return;
    }
    event.preventDefault();
    if (action.type === "pan") panBy(store, action.fraction);
    else if (action.type === "zoom") zoomBy(store, action.factor);
    else if (action.type === "fit") fitAll(store);
    else stepSelection(store, action.direction);
  };
  const stopColorScheme = onColorSchemeChange(() => {
    palette = readPalette();
    frame.request();
  });

  canvas.addEventListener("pointermove", onPointerMove);
  canvas.addEventListener("pointerleave", onPointerLeave);
  canvas.addEventListener("pointerdown", onPointerDown);
  canvas.addEventListener("click", onClick);
  canvas.addEventListener("keydown", onKeyDown);
  canvas.addEventListener("wheel", onWheel, { passive: false });
  laneScroller.addEventListener("scroll", onScrollerScroll);
  frame.request();

  return () => {
    frame.cancel();
    unsubscribe();
    resize.disconnect();
    detachZoom();
    stopColorScheme();
    canvas.removeEventListener("pointermove", onPointerMove);
    canvas.removeEventListener("pointerleave", onPointerLeave);
    canvas.removeEventListener("pointerdown", onPointerDown);
    canvas.removeEventListener("click", onClick);
    canvas.removeEventListener("keydown", onKeyDown);
    canvas.removeEventListener("wheel", onWheel);
    laneScroller.removeEventListener("scroll", onScrollerScroll);
  };
}
