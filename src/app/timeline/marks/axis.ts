/** The time axis band: enclosing units on the first row, fine ticks on the second, grid lines below. */
import type { AxisTicks } from "../ticks";
import type { Palette } from "../palette";
import { fitLabel } from "./fitText";

export function drawAxis(
  ctx: CanvasRenderingContext2D,
  ticks: AxisTicks,
  width: number,
  height: number,
  axisHeight: number,
  palette: Palette,
): void {
  ctx.lineWidth = 1;
  ctx.strokeStyle = palette.grid;
  ctx.beginPath();
  for (const tick of ticks.minor) {
    const x = Math.round(tick.x) + 0.5;
    ctx.moveTo(x, axisHeight - 6);
    ctx.lineTo(x, height);
  }
  ctx.moveTo(0, axisHeight + 0.5);
  ctx.lineTo(width, axisHeight + 0.5);
  ctx.stroke();

  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  ctx.font = "12px system-ui, sans-serif";
  ctx.fillStyle = palette.muted;
  for (const tick of ticks.minor) {
    // A label cut by the right edge reads as a different value ("202" for 2025): leave it out.
    if (tick.x + 4 + ctx.measureText(tick.label).width <= width) ctx.fillText(tick.label, Math.round(tick.x) + 4, axisHeight - 8);
  }

  // Major labels stick to the left edge until the next boundary pushes them off.
  ctx.font = "600 12px system-ui, sans-serif";
  ctx.fillStyle = palette.text;
  ctx.strokeStyle = palette.muted;
  ticks.major.forEach((tick, i) => {
    const next = ticks.major[i + 1]?.x ?? width;
    if (tick.x > 0) {
      ctx.beginPath();
      ctx.moveTo(Math.round(tick.x) + 0.5, 2);
      ctx.lineTo(Math.round(tick.x) + 0.5, axisHeight);
      ctx.stroke();
    }
    // "Januar…" reads worse than "Jan 2012": fall back to the short form before cutting.
    const room = next - tick.x - 10;
    const text = fitLabel(ctx, tick.label, tick.short ?? tick.label, room);
    if (text) ctx.fillText(text, tick.x + 4, 15);
  });
}
