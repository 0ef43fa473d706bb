/** A run of consecutive items, with the index of its first one. */
export interface Batch<T> {
  start: number;
  items: T[];
}

/** At most this many items per message: a batch takes a worker ~0.1 s, so the last one finishes soon after the others. */
const MAX_BATCH = 32;
/** At least this many batches per thread, so small inputs still spread over every thread. */
const BATCHES_PER_THREAD = 4;

/**
 * Cuts items into batches for `threads` threads: one message per batch instead of one per
 * item, and few enough items per batch that the threads finish together.
 */
export function* batches<T>(items: readonly T[], threads: number): Generator<Batch<T>> {
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(items.length / (Math.max(1, threads) * BATCHES_PER_THREAD))));
  for (let start = 0; start < items.length; start += size) yield { start, items: items.slice(start, start + size) };
}
