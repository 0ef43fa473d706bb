import matter from "gray-matter";
import type { DocumentMetadata } from "./documentMetadata";
import { httpUrl } from "./httpUrl";
import { markdownToText } from "./markdownToText";
import { toIsoDate } from "./toIsoDate";

export interface ParsedMarkdown {
  text: string;
  metadata: DocumentMetadata;
  /** Set when the front matter could not be read; the body is still used. */
  warning: string | null;
}

const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** A Markdown article: YAML front matter (title, date, source, url, language) and a plain-text body. */
export function parseMarkdown(source: string): ParsedMarkdown {
  let data: Record<string, unknown> = {};
  let body = source;
  let warning: string | null = null;
  try {
    // Options, even empty, keep gray-matter from caching every input it parsed.
    const parsed = matter(source, {});
    data = parsed.data;
    body = parsed.content;
  } catch (error) {
    warning = `front matter is not valid YAML (${firstLine(error)}); ignored`;
    body = source.replace(FRONT_MATTER, "");
  }
  return {
    text: markdownToText(body),
    metadata: {
      title: text(data.title),
      source: text(data.source ?? data.publisher ?? data.outlet ?? data.site),
      url: httpUrl(data.url ?? data.link ?? data.canonical),
      published: toIsoDate(data.published ?? data.date ?? data.publishDate ?? data.pubDate),
      language: text(data.language ?? data.lang),
    },
    warning,
  };
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0]!;
}
