/**
 * What the marks mean. Each swatch is drawn by the same mark function the timeline
 * uses, on a tiny canvas, so the legend cannot disagree with the picture.
 */
import { useEffect, useRef } from "react";
import { SUBTYPES } from "../../model/columns/eventColumns";
import { sizeCanvas } from "./canvasSurface";
import { subtypeName } from "./eventText";
import { drawClusterBubble } from "./marks/clusterBubble";
import { drawEventMark } from "./marks/eventMark";
import { drawRangeBar } from "./marks/rangeBar";
import { onColorSchemeChange, readPalette, type Palette } from "./palette";

type Swatch = { label: string; draw: (ctx: CanvasRenderingContext2D, palette: Palette) => void; width: number };

const SWATCHES: Swatch[] = [
  ...SUBTYPES.map((subtype, code) => ({
    label: subtypeName({ subtype }),
    width: 18,
    draw: (ctx: CanvasRenderingContext2D, palette: Palette) => drawEventMark(ctx, 9, 9, code, palette),
  })),
  {
    label: "Uncertain date (range)",
    width: 34,
    draw: (ctx, palette) => {
      drawRangeBar(ctx, 2, 32, 9, false, palette);
      drawEventMark(ctx, 12, 9, 0, palette);
    },
  },
  {
    label: "Several events (red: vetoes)",
    width: 22,
    draw: (ctx, palette) => drawClusterBubble(ctx, 11, 9, 9, 7, 2, palette),
  },
];

function SwatchCanvas({ swatch }: { swatch: Swatch }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current!;
    const paint = () => {
      const { ctx } = sizeCanvas(canvas, swatch.width, 18);
      ctx.clearRect(0, 0, swatch.width, 18);
      swatch.draw(ctx, readPalette());
    };
    paint();
    return onColorSchemeChange(paint);
  }, [swatch]);
  return <canvas ref={ref} aria-hidden="true" style={{ width: swatch.width, height: 18 }} />;
}

export function Legend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
      {SWATCHES.map((swatch) => (
        <li key={swatch.label} className="flex items-center gap-1.5">
          <SwatchCanvas swatch={swatch} />
          {swatch.label}
        </li>
      ))}
    </ul>
  );
}
