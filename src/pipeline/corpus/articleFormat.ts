import { extname } from "node:path";

export type ArticleFormat = "text" | "markdown" | "html";

const FORMATS: Record<string, ArticleFormat> = { ".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html" };

/** The format of an article file by its extension, or null when it is not an article file. */
export function articleFormat(file: string): ArticleFormat | null {
  return FORMATS[extname(file).toLowerCase()] ?? null;
}
