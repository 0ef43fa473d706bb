/** Zoom in, zoom out, show everything: the same actions as the + − 0 keys. */
import { useAppStore } from "../store";
import { ZOOM_STEP, fitAll, zoomBy } from "./timelineActions";

const button =
  "rounded border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";

export function ZoomControls() {
  const ready = useAppStore((s) => s.columns !== null);
  return (
    <div role="group" aria-label="Zoom" className="flex gap-1">
      <button type="button" className={button} disabled={!ready} onClick={() => zoomBy(useAppStore, ZOOM_STEP)} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" className={button} disabled={!ready} onClick={() => zoomBy(useAppStore, 1 / ZOOM_STEP)} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" className={button} disabled={!ready} onClick={() => fitAll(useAppStore)} title="Show all events (0)">
        Fit all
      </button>
    </div>
  );
}
