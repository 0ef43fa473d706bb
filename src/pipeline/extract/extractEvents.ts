/**
 * Statements and vetoes of one article, as drafts for merging. Pure: the article, its
 * segmentation and its recognised actors in; events, the actors they name and warnings
 * out. Article text is untrusted: it is only ever matched against, never evaluated.
 */
import type { Actor } from "../../model";
import type { ActorRecognition, ArticleExtraction, CorpusArticle, Segmentation } from "../types";
import { loadVetoList, type ListedVeto } from "../vetoes/vetoList";
import { articleView } from "./articleView";
import { createDiscourse } from "./discourse";
import { extractStatements } from "./extractStatements";
import { extractVetoes } from "./extractVetoes";
import { newsDay } from "./newsDay";
import { sentenceDates } from "./sentenceDates";

/**
 * Who wrote the story: "Sputnik International" → Sputnik; "South China Morning Post (AFP)"
 * → the paper and the agency it credits, "RIA Novosti (Sputnik International)" → both;
 * each also by its initials, as stories name themselves ("told RFE/RL", "told VOA").
 */
function outletNames(source: string): string[] {
  const credited = /\(([^()]+)\)\s*$/.exec(source)?.[1] ?? "";
  const names = [source.replace(/\s*\(.*\)\s*$/, ""), credited]
    .map((name) => name.replace(/\s+International$/i, "").trim())
    .filter((name) => name.length >= 2);
  return [...names, ...names.map(initials).filter((acronym) => acronym.length >= 2)];
}

/** "Radio Free Europe/Radio Liberty" → "RFE/RL", "Voice of America" → "VOA". */
function initials(name: string): string {
  return name
    .replace(/^the\s+/i, "")
    .split("/")
    .map((part) => part.split(/[\s-]+/).map((word) => word.charAt(0).toUpperCase()).join(""))
    .join("/");
}

export function extractEvents(
  article: CorpusArticle,
  segmentation: Segmentation,
  recognition: ActorRecognition,
  vetoList: readonly ListedVeto[] = loadVetoList(),
): ArticleExtraction {
  const view = articleView(article.text, segmentation, recognition);
  const dates = sentenceDates(view, article.published, article.dateline ?? null);
  const common = { view, article: article.id, published: article.published, dates, newsDay: newsDay(view.sentences, dates, article.published) };
  const statements = extractStatements({ ...common, discourse: createDiscourse(), outlets: outletNames(article.source) });
  const vetoes = extractVetoes({ ...common, vetoList });

  const actors = new Map<string, Actor>();
  for (const actor of [...statements.actors, ...vetoes.actors]) actors.set(actor.id, actor);
  const undated = statements.undated + vetoes.undated;
  return {
    events: [...statements.drafts, ...vetoes.drafts].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start),
    actors: [...actors.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    warnings: undated > 0 ? [`no publication date: ${undated} event${undated === 1 ? "" : "s"} undated and left out`] : [],
  };
}
