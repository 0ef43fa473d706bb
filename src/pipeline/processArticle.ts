import { segment } from "./text/segment";
import type { ArticleExtraction, CorpusArticle } from "./types";

/**
 * The per-article half of the pipeline: sentences, actor mentions, events.
 * Actor recognition and event extraction are wired in as their modules land.
 */
export function processArticle(article: CorpusArticle): ArticleExtraction {
  segment(article.text);
  return { events: [], actors: [], warnings: [] };
}
