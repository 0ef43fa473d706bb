/**
 * One fraction for the whole load, so the bar only ever fills: reading the bytes is most
 * of the wait on a big file, then parsing, indexing and checking, then the events handed
 * to the page. (Each phase restarting the bar from empty reads as going backwards.)
 */
import type { LoadProgress } from "../store/dataSlice";

const SPANS: Record<LoadProgress["phase"], [number, number]> = {
  reading: [0, 0.6],
  parsing: [0.6, 0.65],
  indexing: [0.65, 0.68],
  checking: [0.68, 0.7],
  receiving: [0.7, 1],
};

/** The share of the load done, 0–1; undefined while reading a file of unknown size. */
export function overallProgress({ phase, done, total }: LoadProgress): number | undefined {
  const [from, to] = SPANS[phase];
  if (phase === "reading" && !total) return undefined;
  const within = total ? Math.min(1, done / total) : 0;
  return from + (to - from) * within;
}
