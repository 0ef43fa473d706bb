/**
 * A bubble standing for `count` events too close to draw apart. Its ring is split in
 * the veto and statement colours by their share, so a dense period still tells what
 * happened in it.
 */
import type { Palette } from "../palette";

/** 1234 → "1.2k", 12345 → "12k": the count must fit inside the bubble. */
export function formatCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(count / 1000).toFixed(1).replace(/\.0$/, "")}k`;
  if (count < 1_000_000) return `${Math.round(count / 1000)}k`;
  return `${(count / 1_000_000).toFixed(1).replace(/\.0$/, "")}M`;
}

export function drawClusterBubble(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  count: number,
  vetoes: number,
  palette: Palette,
): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = palette.cluster;
  ctx.fill();
  ctx.lineWidth = 3;
  const vetoShare = vetoes / count;
  const split = -Math.PI / 2 + vetoShare * Math.PI * 2;
  if (vetoShare > 0) {
    ctx.beginPath();
    ctx.arc(x, y, r - 1.5, -Math.PI / 2, split);
    ctx.strokeStyle = palette.veto;
    ctx.stroke();
  }
  if (vetoShare < 1) {
    ctx.beginPath();
    ctx.arc(x, y, r - 1.5, split, Math.PI * 1.5);
    ctx.strokeStyle = palette.statement;
    ctx.stroke();
  }
  ctx.fillStyle = palette.clusterText;
  ctx.font = "600 11px system-ui, sans-serif";
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillText(formatCount(count), x, y + 0.5);
}
