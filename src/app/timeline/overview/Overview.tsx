/** Host for the overview strip; the drawing and the brush live in overviewRenderer. */
import { useEffect, useRef } from "react";
import { useAppStore } from "../../store";
import { createOverviewRenderer } from "./overviewRenderer";

export function Overview() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => createOverviewRenderer(canvas.current!, svg.current!, useAppStore), []);
  return (
    <div className="relative h-14 w-full" title="Overview: drag to move the window, drag its edges to resize it">
      <canvas ref={canvas} aria-hidden="true" className="absolute inset-0 h-full w-full" />
      <svg ref={svg} data-testid="overview-brush" aria-label="Overview of all events; drag to choose the visible period" role="img" className="dt-brush absolute inset-0 h-full w-full" />
    </div>
  );
}
