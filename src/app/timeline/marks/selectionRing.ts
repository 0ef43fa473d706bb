/** The ring around the selected event or its bubble (and around the keyboard/hover target, thinner). */
import type { Palette } from "../palette";
import { DIAMOND_RADIUS, SELECTION_RING } from "./geometry";

export function drawSelectionRing(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  palette: Palette,
  strong: boolean,
  /** The radius of what is ringed: a mark by default, or a bubble. */
  inner = DIAMOND_RADIUS,
): void {
  ctx.beginPath();
  ctx.arc(x, y, inner + SELECTION_RING, 0, Math.PI * 2);
  ctx.lineWidth = strong ? 3 : 1.5;
  ctx.strokeStyle = strong ? palette.selected : palette.muted;
  ctx.stroke();
}
