/**
 * Shortens text with an ellipsis to fit a width. Widths are cached per font and text:
 * while panning the same labels are measured every frame.
 */
const widths = new Map<string, number>();
const MAX_CACHE = 20_000;

function measure(ctx: CanvasRenderingContext2D, text: string): number {
  const key = `${ctx.font}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size > MAX_CACHE) widths.clear();
    width = ctx.measureText(text).width;
    widths.set(key, width);
  }
  return width;
}

export function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (measure(ctx, text) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(ctx, `${text.slice(0, mid).trimEnd()}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? "" : `${text.slice(0, lo).trimEnd()}…`;
}

/** The full label when it fits, else the short form, cut only when even that does not fit. */
export function fitLabel(ctx: CanvasRenderingContext2D, full: string, short: string, maxWidth: number): string {
  return measure(ctx, full) <= maxWidth ? full : fitText(ctx, short, maxWidth);
}

/** Greedy word wrap into at most `maxLines` lines, the last one ellipsised. */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (measure(ctx, candidate) <= maxWidth || !line) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText(ctx, `${line} ${words.slice(i).join(" ")}`, maxWidth));
      return lines;
    }
    lines.push(line);
    line = words[i]!;
  }
  if (line) lines.push(fitText(ctx, line, maxWidth));
  return lines;
}
