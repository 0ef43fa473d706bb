/**
 * A canvas sized for the device's pixel ratio: drawing code works in CSS pixels and
 * stays sharp on high-density screens.
 */
export interface Surface {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
}

export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number): Surface {
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.max(1, Math.round(width * ratio));
  const pixelHeight = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw on a canvas");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { ctx, width, height };
}

/** Calls `draw` at most once per animation frame however often `request` is called. */
export function frameScheduler(draw: () => void): { request: () => void; cancel: () => void } {
  let handle = 0;
  return {
    request: () => {
      if (!handle) handle = requestAnimationFrame(() => {
        handle = 0;
        draw();
      });
    },
    cancel: () => {
      cancelAnimationFrame(handle);
      handle = 0;
    },
  };
}
