/** An uncertain date drawn as a bar over its possible days; the mark sits on the best guess. */
import type { Palette } from "../palette";
import { RANGE_BAR_HEIGHT } from "./geometry";

export function drawRangeBar(
  ctx: CanvasRenderingContext2D,
  x0: number,
  x1: number,
  y: number,
  veto: boolean,
  palette: Palette,
): void {
  const h = RANGE_BAR_HEIGHT;
  ctx.globalAlpha = 0.35;
  ctx.fillStyle = veto ? palette.veto : palette.statement;
  ctx.beginPath();
  ctx.roundRect(x0, y - h / 2, Math.max(2, x1 - x0), h, h / 2);
  ctx.fill();
  ctx.globalAlpha = 1;
}
