/**
 * The timeline region: toolbar, the canvas (drawn by timelineRenderer, outside React),
 * a visually hidden description of the visible range and axis, the legend and the
 * overview. React renders this once; pans and zooms never re-render it.
 */
import { useEffect, useRef } from "react";
import { useAppStore } from "../store";
import { EmptyWindowHint } from "./EmptyWindowHint";
import { GroupByToggle } from "./GroupByToggle";
import { Legend } from "./Legend";
import { Overview } from "./overview/Overview";
import { createTimelineRenderer } from "./timelineRenderer";
import { ZoomControls } from "./ZoomControls";

export function Timeline() {
  const region = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const description = useRef<HTMLParagraphElement>(null);
  const axisLabels = useRef<HTMLUListElement>(null);
  const laneScroller = useRef<HTMLDivElement>(null);
  const laneSpacer = useRef<HTMLDivElement>(null);

  useEffect(
    () =>
      createTimelineRenderer(
        {
          region: region.current!,
          canvas: canvas.current!,
          description: description.current!,
          axisLabels: axisLabels.current!,
          laneScroller: laneScroller.current!,
          laneSpacer: laneSpacer.current!,
        },
        useAppStore,
      ),
    [],
  );

  return (
    <section ref={region} aria-label="Timeline" className="flex flex-col gap-2 p-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ZoomControls />
        <GroupByToggle />
      </div>
      <div className="relative h-[clamp(300px,56vh,680px)] w-full">
        <canvas
          ref={canvas}
          id="timeline-canvas"
          data-testid="timeline-canvas"
          tabIndex={0}
          aria-label="Timeline chart. Left and right arrows pan, up and down scroll the lanes, plus and minus zoom, 0 shows everything, [ and ] step through events."
          aria-describedby="timeline-range"
          className="absolute inset-0 h-full w-full touch-none rounded focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        />
        {/* The lanes' scrollbar (below the 40 px axis band); the canvas draws what it scrolls to. */}
        <div
          ref={laneScroller}
          data-testid="lane-scrollbar"
          aria-hidden="true"
          tabIndex={-1}
          hidden
          className="absolute top-10 right-0 bottom-0 w-4 overflow-y-scroll"
        >
          <div ref={laneSpacer} className="w-px" />
        </div>
        <EmptyWindowHint />
      </div>
      <p id="timeline-range" ref={description} className="sr-only" />
      <ul ref={axisLabels} data-testid="axis-labels" className="sr-only" aria-label="Axis labels" />
      <Overview />
      <Legend />
    </section>
  );
}
