import { SCHEMA_VERSION, type Actor, type Article, type EventFile, type TimelineEvent } from "../../model";
import { compareText } from "../dedupe/toCorpusArticle";

/**
 * Assembles the event file in a canonical order, so the same input always gives the
 * same bytes: articles and actors by id, events by date then id.
 */
export function buildEventFile(articles: readonly Article[], actors: readonly Actor[], events: readonly TimelineEvent[]): EventFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [...articles].sort((a, b) => compareText(a.id, b.id)),
    actors: [...actors].sort((a, b) => compareText(a.id, b.id)),
    events: [...events].sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id)),
  };
}
