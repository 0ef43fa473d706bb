/** The hover tooltip, drawn on the canvas as text next to the mark and kept inside it. */
import type { TooltipText } from "../eventText";
import type { Palette } from "../palette";
import { fitText, wrapText } from "./fitText";

const PAD = 8;
const LINE = 16;

export function drawTooltip(
  ctx: CanvasRenderingContext2D,
  content: TooltipText,
  anchorX: number,
  anchorY: number,
  width: number,
  height: number,
  palette: Palette,
): void {
  const maxInner = Math.min(340, width - 2 * PAD) - 2 * PAD;
  ctx.font = "600 13px system-ui, sans-serif";
  const title = wrapText(ctx, content.title, maxInner, 2);
  const titleWidth = Math.max(...title.map((line) => ctx.measureText(line).width));
  ctx.font = "12px system-ui, sans-serif";
  const lines = content.lines.map((line) => fitText(ctx, line, maxInner));
  const body = content.body ? wrapText(ctx, content.body, maxInner, 4) : [];
  // As wide as the longest line, so a short tooltip is not a mostly empty box.
  const inner = Math.max(titleWidth, ...[...lines, ...body].map((line) => ctx.measureText(line).width));
  const boxWidth = Math.ceil(inner) + 2 * PAD;
  const boxHeight = PAD * 2 + LINE * (title.length + lines.length + body.length) + (body.length ? 4 : 0);

  let x = anchorX + 14;
  if (x + boxWidth > width - 4) x = anchorX - 14 - boxWidth;
  x = Math.max(4, x);
  let y = anchorY - boxHeight / 2;
  y = Math.max(4, Math.min(y, height - boxHeight - 4));

  ctx.fillStyle = palette.tooltipBackground;
  ctx.strokeStyle = palette.tooltipBorder;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(x + 0.5, y + 0.5, boxWidth, boxHeight, 6);
  ctx.fill();
  ctx.stroke();

  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  let ty = y + PAD;
  ctx.fillStyle = palette.text;
  ctx.font = "600 13px system-ui, sans-serif";
  for (const line of title) {
    ctx.fillText(line, x + PAD, ty);
    ty += LINE;
  }
  ctx.font = "12px system-ui, sans-serif";
  ctx.fillStyle = palette.muted;
  for (const line of lines) {
    ctx.fillText(line, x + PAD, ty);
    ty += LINE;
  }
  ty += 4;
  ctx.fillStyle = palette.text;
  ctx.font = "italic 12px system-ui, sans-serif";
  for (const line of body) {
    ctx.fillText(line, x + PAD, ty);
    ty += LINE;
  }
}
