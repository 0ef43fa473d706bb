import type { Mention } from "../types";

/** The mention covering `offset` in sorted, non-overlapping `mentions` (binary search), or null. */
export function actorAt(mentions: readonly Mention[], offset: number): Mention | null {
  let low = 0;
  let high = mentions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mention = mentions[middle]!;
    if (offset < mention.start) high = middle - 1;
    else if (offset >= mention.end) low = middle + 1;
    else return mention;
  }
  return null;
}
