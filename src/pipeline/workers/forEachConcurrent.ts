/**
 * Calls `fn` for every item with at most `limit` calls in flight, and resolves when all
 * are done. Items are pulled from the iterable only as slots free up, so a long input
 * never turns into a long queue of pending work.
 */
export async function forEachConcurrent<T>(
  items: Iterable<T>,
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let index = 0;
  const lane = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await fn(next.value, index++);
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
}
