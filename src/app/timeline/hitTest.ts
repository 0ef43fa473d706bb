/**
 * What is under the pointer: the nearest mark or bubble within a few pixels, else a
 * range bar under it. Works on the scene that was drawn, so it always agrees with the
 * picture.
 */
import type { Scene, SceneCluster, SceneMark } from "./scene";
import { MARK_RADIUS } from "./marks/geometry";

export type Hit =
  | { kind: "mark"; mark: SceneMark }
  | { kind: "cluster"; cluster: SceneCluster };

/** Extra px around a mark that still count as on it: tremors are not precise. */
export const HIT_SLOP = 5;
/** A fingertip covers ~40 px: a tap this close to a mark takes the nearest one. */
export const TOUCH_SLOP = 18;

export function hitTest(scene: Scene, x: number, y: number, slop = HIT_SLOP): Hit | null {
  // Marks of a row half scrolled under the axis are hidden there.
  if (y < scene.top) return null;
  let best: Hit | null = null;
  let bestDistance = Infinity;
  const consider = (hit: Hit, cx: number, cy: number, radius: number) => {
    const d = Math.hypot(cx - x, cy - y);
    // Compare by distance beyond the edge, so a big bubble does not shadow a close mark.
    if (d <= radius + slop && d - radius < bestDistance) {
      best = hit;
      bestDistance = d - radius;
    }
  };
  for (const mark of scene.selected) consider({ kind: "mark", mark }, mark.x, mark.y, MARK_RADIUS);
  for (const mark of scene.marks) consider({ kind: "mark", mark }, mark.x, mark.y, MARK_RADIUS);
  for (const cluster of scene.clusters) consider({ kind: "cluster", cluster }, cluster.x, cluster.y, cluster.r);
  if (best) return best;
  for (const bar of scene.bars) {
    if (x >= bar.x0 - slop && x <= bar.x1 + slop && Math.abs(y - bar.y) <= slop) {
      return { kind: "mark", mark: { kind: "mark", row: bar.row, pos: bar.pos, x: Math.max(bar.x0, Math.min(x, bar.x1)), y: bar.y } };
    }
  }
  return null;
}
