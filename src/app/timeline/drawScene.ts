/**
 * Paints one scene: lanes, axis, range bars, bubbles, marks, labels, the selection and
 * the tooltip, in that order (later on top). A plain function of its inputs, called at
 * most once per animation frame by the renderer.
 */
import { isVetoCode } from "../../model/columns/eventColumns";
import type { Hit } from "./hitTest";
import type { Palette } from "./palette";
import type { Scene } from "./scene";
import type { AxisTicks } from "./ticks";
import type { TooltipText } from "./eventText";
import { drawAxis } from "./marks/axis";
import { drawClusterBubble } from "./marks/clusterBubble";
import { drawEventMark } from "./marks/eventMark";
import { fitText } from "./marks/fitText";
import { drawLaneNames, drawLaneRows } from "./marks/laneRows";
import { drawRangeBar } from "./marks/rangeBar";
import { drawSelectionRing } from "./marks/selectionRing";
import { drawTooltip } from "./marks/tooltip";

export interface DrawInput {
  scene: Scene;
  ticks: AxisTicks;
  axisHeight: number;
  /** Subtype code per event position. */
  kinds: Uint8Array;
  palette: Palette;
  /** The label text, or null while the event objects are still arriving. */
  labelOf: (pos: number) => string | null;
  hover: Hit | null;
  tooltip: TooltipText | null;
  /** Shown in the middle when there is nothing to draw. */
  emptyMessage: string | null;
}

export function drawScene(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { scene, palette, kinds } = input;
  const { width, height } = scene;
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, width, height);
  // Lanes scroll under the axis: everything in them is clipped to the area below it.
  clipToLanes(ctx, scene);
  drawLaneRows(ctx, scene.rows, width, palette);
  ctx.restore();
  drawAxis(ctx, input.ticks, width, height, input.axisHeight, palette);
  clipToLanes(ctx, scene);

  for (const bar of scene.bars) drawRangeBar(ctx, bar.x0, bar.x1, bar.y, isVetoCode(kinds[bar.pos]!), palette);
  for (const c of scene.clusters) drawClusterBubble(ctx, c.x, c.y, c.r, c.count, c.vetoes, palette);
  for (const mark of scene.marks) drawEventMark(ctx, mark.x, mark.y, kinds[mark.pos]!, palette);

  ctx.font = "12px system-ui, sans-serif";
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  ctx.fillStyle = palette.text;
  for (const label of scene.labels) {
    const full = input.labelOf(label.pos);
    const text = full && fitText(ctx, full, label.maxWidth);
    if (text) ctx.fillText(text, label.x, label.y);
  }

  for (const c of scene.clusters) if (c.holdsSelection) drawSelectionRing(ctx, c.x, c.y, palette, true, c.r);
  for (const mark of scene.selected) {
    drawEventMark(ctx, mark.x, mark.y, kinds[mark.pos]!, palette);
    drawSelectionRing(ctx, mark.x, mark.y, palette, true);
  }
  const hover = input.hover;
  if (hover?.kind === "mark") drawSelectionRing(ctx, hover.mark.x, hover.mark.y, palette, false);

  drawLaneNames(ctx, scene.rows, width, scene.top, palette);
  ctx.restore();

  if (input.emptyMessage) {
    ctx.font = "14px system-ui, sans-serif";
    ctx.fillStyle = palette.muted;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(input.emptyMessage, width / 2, (input.axisHeight + height) / 2);
  }
  if (hover && input.tooltip) {
    const at = hover.kind === "mark" ? hover.mark : hover.cluster;
    drawTooltip(ctx, input.tooltip, at.x, at.y, width, height, palette);
  }
}

function clipToLanes(ctx: CanvasRenderingContext2D, scene: Scene): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, scene.top + 1, scene.width, scene.height - scene.top - 1);
  ctx.clip();
}
