/**
 * Vetoes are diamonds: filled red when cast, red dashed outline when only threatened,
 * hollow grey when an earlier veto is merely referred to.
 */
import type { VetoSubtype } from "../../../model";
import type { Palette } from "../palette";
import { DIAMOND_RADIUS } from "./geometry";

export function drawVetoMark(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  subtype: VetoSubtype,
  palette: Palette,
): void {
  const r = DIAMOND_RADIUS;
  ctx.beginPath();
  ctx.moveTo(x, y - r);
  ctx.lineTo(x + r, y);
  ctx.lineTo(x, y + r);
  ctx.lineTo(x - r, y);
  ctx.closePath();
  ctx.lineWidth = 2;
  if (subtype === "cast") {
    ctx.fillStyle = palette.veto;
    ctx.strokeStyle = palette.veto;
    ctx.fill();
    ctx.stroke();
    return;
  }
  ctx.fillStyle = palette.background;
  ctx.fill();
  ctx.strokeStyle = subtype === "threatened" ? palette.veto : palette.referenced;
  if (subtype === "threatened") ctx.setLineDash([3, 2]);
  ctx.stroke();
  ctx.setLineDash([]);
}
