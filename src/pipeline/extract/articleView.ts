/**
 * One article as the extractor reads it: the text with its quotations and actor
 * mentions, indexed for the lookups the grammar makes while walking the text.
 */
import type { Actor } from "../../model";
import type { ActorRecognition, Mention, Quote, Segmentation, Sentence } from "../types";

export interface ArticleView {
  text: string;
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  mentions: readonly Mention[];
  actors: ReadonlyMap<string, Actor>;
  /** The quotation whose words contain `pos` (marks excluded). */
  quoteAround(pos: number): Quote | undefined;
  /** The quotation whose closing mark is at `pos`. */
  quoteClosedAt(pos: number): Quote | undefined;
  /** The quotation whose opening mark is at `pos`. */
  quoteOpenedAt(pos: number): Quote | undefined;
  mentionEndingAt(end: number): Mention | undefined;
  mentionsWithin(start: number, end: number): Mention[];
  /** The mention that covers `pos` ("al" inside "Bashar al-Jaafari"). */
  mentionAt(pos: number): Mention | undefined;
  /** Actor of a mention, when the recognition listed it. */
  actorOf(mention: Mention): Actor | undefined;
}

/** First index whose item has `key(item) >= value`, in an array sorted by that key. */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (key(items[mid]!) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function articleView(text: string, segmentation: Segmentation, recognition: ActorRecognition): ArticleView {
  const quotes = [...segmentation.quotes].sort((a, b) => a.open - b.open);
  const mentions = [...recognition.mentions].sort((a, b) => a.start - b.start);
  const actors = new Map(recognition.actors.map((a) => [a.id, a]));
  const closes = new Map(quotes.map((q) => [q.close, q]));
  const opens = new Map(quotes.map((q) => [q.open, q]));
  const mentionEnds = new Map(mentions.map((m) => [m.end, m]));
  return {
    text,
    sentences: segmentation.sentences,
    quotes,
    mentions,
    actors,
    quoteAround(pos) {
      const quote = quotes[lowerBound(quotes, pos + 1, (q) => q.open) - 1];
      return quote && pos > quote.open && pos < quote.close ? quote : undefined;
    },
    quoteClosedAt: (pos) => closes.get(pos),
    quoteOpenedAt: (pos) => opens.get(pos),
    mentionEndingAt: (end) => mentionEnds.get(end),
    mentionsWithin(start, end) {
      const out: Mention[] = [];
      for (let i = lowerBound(mentions, start, (m) => m.start); i < mentions.length; i++) {
        const mention = mentions[i]!;
        if (mention.start >= end) break;
        if (mention.end <= end) out.push(mention);
      }
      return out;
    },
    mentionAt(pos) {
      const mention = mentions[lowerBound(mentions, pos + 1, (m) => m.start) - 1];
      return mention && pos < mention.end ? mention : undefined;
    },
    actorOf: (mention) => actors.get(mention.actorId),
  };
}
