import type { Evidence } from "../../model";
import type { Span } from "../types";
import type { ArticleView } from "./articleView";

/**
 * The evidence for a span of the article: the whole sentences it touches, from the
 * first to the last, so a multi-sentence quotation is shown complete.
 */
export function evidenceFor(view: ArticleView, article: string, span: Span): Evidence {
  let start = span.start;
  let end = span.end;
  for (const sentence of view.sentences) {
    if (sentence.end <= span.start || sentence.start >= span.end) continue;
    start = Math.min(start, sentence.start);
    end = Math.max(end, sentence.end);
  }
  return { article, sentence: view.text.slice(start, end), start, end };
}
