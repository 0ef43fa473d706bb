/**
 * Zoom in, zoom out, show everything: the same actions as the + − 0 keys. A button
 * whose limit is reached is disabled (the selectors return booleans, so panning does
 * not re-render them).
 */
import { useAppStore } from "../store";
import { atZoomLimit } from "./timeWindow";
import { ZOOM_STEP, fitAll, zoomBy } from "./timelineActions";

const button =
  "rounded border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";

export function ZoomControls() {
  const ready = useAppStore((s) => s.columns !== null);
  const maxIn = useAppStore((s) => !s.columns || !s.window || atZoomLimit(s.window, s.columns.extent, "in"));
  const maxOut = useAppStore((s) => !s.columns || !s.window || atZoomLimit(s.window, s.columns.extent, "out"));
  return (
    <div role="group" aria-label="Zoom" className="flex gap-1">
      <button type="button" className={button} disabled={maxIn} onClick={() => zoomBy(useAppStore, ZOOM_STEP)} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" className={button} disabled={maxOut} onClick={() => zoomBy(useAppStore, 1 / ZOOM_STEP)} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" className={button} disabled={!ready} onClick={() => fitAll(useAppStore)} title="Show all events, or all that match the filters (0)">
        Fit all
      </button>
    </div>
  );
}
