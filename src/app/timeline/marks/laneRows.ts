/** Lane backgrounds (alternating) and lane names with their event counts. */
import type { LaneRow } from "../scene";
import type { Palette } from "../palette";
import { formatCount } from "./clusterBubble";
import { fitText } from "./fitText";

export function drawLaneRows(ctx: CanvasRenderingContext2D, rows: LaneRow[], width: number, palette: Palette): void {
  rows.forEach((row) => {
    if (row.index % 2 === 1) {
      ctx.fillStyle = palette.laneAlt;
      ctx.fillRect(0, row.y, width, row.height);
    }
  });
}

/**
 * Drawn last, over the marks, on a backing so the name stays readable in a busy lane. A lane
 * scrolled partly under the axis keeps its name at the top of the lane area (`top`) until
 * its end pushes it out, so the first lane in view is always named.
 */
export function drawLaneNames(ctx: CanvasRenderingContext2D, rows: LaneRow[], width: number, top: number, palette: Palette): void {
  ctx.font = "600 12px system-ui, sans-serif";
  ctx.textBaseline = "top";
  ctx.textAlign = "left";
  for (const row of rows) {
    const text = fitText(ctx, `${row.lane.label} · ${formatCount(row.lane.pos.length)}`, Math.min(width - 16, 280));
    const w = ctx.measureText(text).width;
    const y = Math.min(Math.max(row.y, top), row.y + row.height - 17);
    ctx.globalAlpha = 0.85;
    ctx.fillStyle = palette.background;
    ctx.fillRect(4, y + 2, w + 8, 15);
    ctx.globalAlpha = 1;
    ctx.fillStyle = row.lane.other ? palette.muted : palette.text;
    ctx.fillText(text, 8, y + 3);
  }
}
