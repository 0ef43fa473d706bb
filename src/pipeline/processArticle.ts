import { recognizeActors } from "./actors/recognizeActors";
import { extractEvents } from "./extract/extractEvents";
import { segment } from "./text/segment";
import type { ArticleExtraction, CorpusArticle } from "./types";

/** The per-article half of the pipeline: sentences, then actor mentions, then events. */
export function processArticle(article: CorpusArticle): ArticleExtraction {
  const segmentation = segment(article.text);
  const recognition = recognizeActors(article.text, segmentation, article.published);
  return extractEvents(article, segmentation, recognition);
}
