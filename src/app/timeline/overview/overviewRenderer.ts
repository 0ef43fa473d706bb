/**
 * The overview strip: the density of the whole data range (square-root heights, so a
 * quiet year is still visible next to a crisis) with a d3-brush showing the window.
 * Dragging or resizing the brush sets the window; clicking elsewhere centres it there.
 * Like the timeline, it draws outside React and listens to the store.
 */
import { brushX, type D3BrushEvent } from "d3-brush";
import { pointer, select } from "d3-selection";
import type { StoreApi } from "zustand";
import type { AppState } from "../../store";
import { frameScheduler, sizeCanvas } from "../canvasSurface";
import { drawnPositions } from "../drawnLanes";
import { onColorSchemeChange, readPalette } from "../palette";
import { centreWindow, windowBounds } from "../timeWindow";
import { histogram, startsOf } from "./histogram";

const BIN_PX = 2;
/** Narrower brushes are widened on screen so the window stays visible and grabbable. */
const MIN_BRUSH_PX = 6;

export function createOverviewRenderer(
  canvas: HTMLCanvasElement,
  svg: SVGSVGElement,
  store: StoreApi<AppState>,
): () => void {
  let size = { width: canvas.clientWidth, height: canvas.clientHeight };
  let palette = readPalette();
  let starts: { positions: Uint32Array | null; values: Float64Array } = { positions: null, values: new Float64Array(0) };
  const gBrush = select(svg).append("g");
  let domain: [number, number] | null = null;

  const toX = (time: number) => (domain ? ((time - domain[0]) / (domain[1] - domain[0])) * size.width : 0);
  const toTime = (x: number) => (domain ? domain[0] + (x / size.width) * (domain[1] - domain[0]) : 0);

  const brush = brushX<unknown>().on("brush end", (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return;
    const { setWindow, window } = store.getState();
    if (event.selection) {
      const [x0, x1] = event.selection as [number, number];
      // A brush kept wide only for visibility must not widen the real window.
      if (x1 - x0 > MIN_BRUSH_PX + 0.5) setWindow([toTime(x0), toTime(x1)]);
      else if (window) setWindow(centreWindow(window, toTime((x0 + x1) / 2)));
    } else if (window && event.type === "end") {
      const [x] = pointer(event.sourceEvent, svg);
      if (Number.isFinite(x)) setWindow(centreWindow(window, toTime(x)));
      // The click cleared the brush; show the window again even if it did not move.
      moveBrush();
    }
  });

  const moveBrush = () => {
    const { window } = store.getState();
    if (!window || !domain) {
      gBrush.call(brush.move, null);
      return;
    }
    let x0 = toX(window[0]);
    let x1 = toX(window[1]);
    if (x1 - x0 < MIN_BRUSH_PX) {
      const mid = (x0 + x1) / 2;
      x0 = mid - MIN_BRUSH_PX / 2;
      x1 = mid + MIN_BRUSH_PX / 2;
    }
    gBrush.call(brush.move, [Math.max(0, x0), Math.min(size.width, x1)]);
  };

  const drawDensity = () => {
    const state = store.getState();
    const surface = sizeCanvas(canvas, size.width, size.height);
    const { ctx, width, height } = surface;
    ctx.clearRect(0, 0, width, height);
    domain = state.columns ? windowBounds(state.columns.extent) : null;
    const positions = drawnPositions(state);
    if (state.columns && positions && domain) {
      if (starts.positions !== positions) starts = { positions, values: startsOf(state.columns.start, positions) };
      const counts = histogram(starts.values, domain, Math.floor(width / BIN_PX));
      const max = counts.reduce((m, c) => Math.max(m, c), 1);
      ctx.fillStyle = palette.statement;
      ctx.globalAlpha = 0.75;
      counts.forEach((count, b) => {
        if (!count) return;
        const h = Math.max(1.5, Math.sqrt(count / max) * (height - 4));
        ctx.fillRect(b * BIN_PX, height - h, BIN_PX - 0.5, h);
      });
      ctx.globalAlpha = 1;
    }
    ctx.fillStyle = palette.grid;
    ctx.fillRect(0, height - 1, width, 1);
    brush.extent([
      [0, 0],
      [width, height],
    ]);
    gBrush.call(brush);
    moveBrush();
  };

  const densityFrame = frameScheduler(drawDensity);
  const brushFrame = frameScheduler(moveBrush);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.columns !== prev.columns || state.index !== prev.index || state.filters !== prev.filters) densityFrame.request();
    else if (state.window !== prev.window) brushFrame.request();
  });
  const resize = new ResizeObserver(([entry]) => {
    if (!entry) return;
    size = { width: entry.contentRect.width, height: entry.contentRect.height };
    densityFrame.request();
  });
  resize.observe(canvas);
  const stopColorScheme = onColorSchemeChange(() => {
    palette = readPalette();
    densityFrame.request();
  });
  densityFrame.request();

  return () => {
    densityFrame.cancel();
    brushFrame.cancel();
    unsubscribe();
    resize.disconnect();
    stopColorScheme();
    gBrush.remove();
  };
}
