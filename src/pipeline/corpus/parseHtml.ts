import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { DocumentMetadata } from "./documentMetadata";
import { httpUrl } from "./httpUrl";
import { htmlBlockText } from "./htmlBlockText";
import { toIsoDate } from "./toIsoDate";

export interface ParsedPage {
  /** Plain text of the article body, one block element per paragraph. */
  text: string;
  metadata: DocumentMetadata;
}

type Doc = ReturnType<typeof parseHTML>["document"];

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="DC.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[property="og:published_time"]',
];

/**
 * Takes an HTML page apart: the article body through Mozilla Readability (the Firefox
 * reader view), its metadata from meta tags, JSON-LD and `<time>` before Readability
 * rewrites the document. Scripts never run; only text comes out.
 */
export function parseHtml(html: string): ParsedPage {
  const { document } = parseHTML(html);
  const jsonLd = jsonLdArticle(document);
  const partial = {
    title: metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? stringOf(jsonLd?.headline),
    source: metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? publisherName(jsonLd),
    url: httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? httpUrl(metaContent(document, ['meta[property="og:url"]'])),
    published: publishedDate(document, jsonLd),
    language: document.documentElement?.getAttribute("lang")?.trim() || null,
  };
  // Readability's own typings expect the DOM lib's Document; linkedom's is compatible at run time.
  // Classes are kept because they are how htmlBlockText tells captions, credits and teasers
  // that sit in plain <p> and <div> elements from the article.
  const article = new Readability(document as unknown as Document, { serializer: (node) => node, keepClasses: true }).parse();
  const text = article?.content ? htmlBlockText(article.content as unknown as Element) : "";
  return {
    text,
    metadata: {
      ...partial,
      title: partial.title ?? (article?.title?.trim() || null),
      source: partial.source ?? (article?.siteName?.trim() || null),
      language: partial.language ?? (article?.lang?.trim() || null),
    },
  };
}

function metaContent(document: Doc, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const content = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

function publishedDate(document: Doc, jsonLd: Record<string, unknown> | null): string | null {
  const candidates: unknown[] = [
    jsonLd?.datePublished,
    ...PUBLISHED_META.map((selector) => document.querySelector(selector)?.getAttribute("content")),
    document.querySelector("time[pubdate], time[itemprop='datePublished']")?.getAttribute("datetime"),
    document.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime"),
  ];
  for (const candidate of candidates) {
    const day = toIsoDate(candidate);
    if (day) return day;
  }
  return null;
}

/** The first JSON-LD object that describes an article (NewsArticle, Article, ReportageNewsArticle…). */
function jsonLdArticle(document: Doc): Record<string, unknown> | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return null;
}

function findArticle(data: unknown): Record<string, unknown> | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item);
      if (found) return found;
    }
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const record = data as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record["@type"]);
  if (types.some((t) => typeof t === "string" && /Article|BlogPosting|Report/.test(t))) return record;
  return findArticle(record["@graph"]);
}

function publisherName(jsonLd: Record<string, unknown> | null): string | null {
  const publisher = jsonLd?.publisher;
  if (typeof publisher === "object" && publisher !== null) return stringOf((publisher as Record<string, unknown>).name);
  return stringOf(publisher);
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}
