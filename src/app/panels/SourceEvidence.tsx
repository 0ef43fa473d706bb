import { useState } from "react";
import type { Article, Evidence } from "../../model";
import { formatDay } from "../format/formatDay";
import { sourceExcerpt } from "../format/sourceExcerpt";
import { LINK_BUTTON } from "./classNames";
import { SafeLink } from "./SafeLink";

interface SourceEvidenceProps {
  evidence: Evidence;
  article: Article | undefined;
}

/**
 * One source of an event: the article's title, outlet and date, and the sentence the
 * event was read from, highlighted in its context. Article text is untrusted, so it is
 * only ever rendered as text nodes around a <mark>.
 */
export function SourceEvidence({ evidence, article }: SourceEvidenceProps) {
  const [whole, setWhole] = useState(false);
  const excerpt = sourceExcerpt(article?.text, evidence, whole ? "all" : undefined);
  const canExpand = whole || excerpt.cutStart || excerpt.cutEnd;

  return (
    <li className="flex flex-col gap-1.5 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0 dark:border-slate-800">
      {article ? (
        <>
          <p className="font-medium">{article.title || "Untitled article"}</p>
          <p className="text-xs text-slate-600 dark:text-slate-300">
            {[article.source, article.published ? `published ${formatDay(article.published)}` : "publication date unknown"]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-300">Article {evidence.article} is not in this file.</p>
      )}
      <blockquote
        data-testid="source-excerpt"
        className={`border-l-4 border-slate-200 pl-3 text-sm leading-relaxed whitespace-pre-line text-slate-700 dark:border-slate-700 dark:text-slate-200 ${
          whole ? "max-h-[50vh] overflow-y-auto" : ""
        }`}
      >
        {excerpt.cutStart && "… "}
        {excerpt.before}
        <mark className="rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-300/80">{excerpt.match}</mark>
        {excerpt.after}
        {excerpt.cutEnd && " …"}
      </blockquote>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {canExpand && (
          <button type="button" className={LINK_BUTTON} aria-expanded={whole} onClick={() => setWhole(!whole)}>
            {whole ? "Show less" : "Show the whole article"}
          </button>
        )}
        {article?.url ? (
          <SafeLink url={article.url}>Original article</SafeLink>
        ) : (
          <span className="text-slate-600 dark:text-slate-300">No link to the original: the file gives none</span>
        )}
      </div>
    </li>
  );
}
