/**
 * The longest spans win; of equal length the earlier; the result is sorted by start and
 * no two overlap. Deterministic for any input order.
 */
export function selectNonOverlapping<T extends { start: number; end: number }>(candidates: readonly T[]): T[] {
  const byPriority = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: T[] = [];
  for (const candidate of byPriority) {
    if (chosen.every((c) => candidate.end <= c.start || c.end <= candidate.start)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
