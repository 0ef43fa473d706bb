/**
 * One-to-one matching of gold items to output events: each gold item is found at most
 * once and each event finds at most one gold item, so a duplicate event is a false
 * positive and one event cannot answer for two statements. Greedy on the best score
 * first, ties broken by position, so the result is deterministic.
 */
export interface Assignment<G, E> {
  pairs: { gold: G; event: E; score: number }[];
  missed: G[];
  extra: E[];
}

/** `score` returns null when the two cannot be the same event at all. */
export function assign<G, E>(
  golds: readonly G[],
  events: readonly E[],
  score: (gold: G, event: E) => number | null,
): Assignment<G, E> {
  const candidates: { g: number; e: number; score: number }[] = [];
  golds.forEach((gold, g) =>
    events.forEach((event, e) => {
      const s = score(gold, event);
      if (s !== null) candidates.push({ g, e, score: s });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.e - b.e);

  const goldUsed = new Set<number>();
  const eventUsed = new Set<number>();
  const pairs: Assignment<G, E>["pairs"] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.g) || eventUsed.has(c.e)) continue;
    goldUsed.add(c.g);
    eventUsed.add(c.e);
    pairs.push({ gold: golds[c.g] as G, event: events[c.e] as E, score: c.score });
  }
  return {
    pairs,
    missed: golds.filter((_, g) => !goldUsed.has(g)),
    extra: events.filter((_, e) => !eventUsed.has(e)),
  };
}
