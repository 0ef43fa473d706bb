/** Statements are circles: filled when quoted directly, hollow when reported. */
import type { StatementSubtype } from "../../../model";
import type { Palette } from "../palette";
import { MARK_RADIUS } from "./geometry";

export function drawStatementMark(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  subtype: StatementSubtype,
  palette: Palette,
): void {
  ctx.beginPath();
  ctx.arc(x, y, MARK_RADIUS, 0, Math.PI * 2);
  ctx.lineWidth = 2;
  ctx.strokeStyle = palette.statement;
  ctx.fillStyle = subtype === "direct" ? palette.statement : palette.background;
  ctx.fill();
  ctx.stroke();
}
