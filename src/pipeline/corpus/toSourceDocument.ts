import { cleanText } from "../clean/cleanText";
import type { SourceDocument } from "../types";
import type { ArticleFormat } from "./articleFormat";
import { decodeText } from "./decodeText";
import { NO_METADATA, preferMetadata, type DocumentMetadata } from "./documentMetadata";
import { looksBinary } from "./looksBinary";
import { parseHtml } from "./parseHtml";
import { parseMarkdown } from "./parseMarkdown";

export interface SourceFileResult {
  document: SourceDocument | null;
  /** Share of the capture that cleaning dropped; among duplicates the cleanest copy wins. */
  droppedShare: number;
  /** Problems, each "file: problem". */
  warnings: string[];
}

/**
 * Turns the bytes of one article file into a SourceDocument: decoded, taken out of its
 * markup, metadata from the manifest (which wins) and the file, page chrome removed.
 * A file that yields no article text gives a warning and no document.
 */
export function toSourceDocument(
  file: string,
  format: ArticleFormat,
  bytes: Uint8Array,
  manifest: Partial<DocumentMetadata> = {},
): SourceFileResult {
  const warnings: string[] = [];
  const skip = (problem: string): SourceFileResult => ({
    document: null,
    droppedShare: 1,
    warnings: [...warnings, `${file}: ${problem}; skipped`],
  });
  if (bytes.length === 0) return skip("empty file");
  const hasUtf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasUtf16Bom && looksBinary(bytes)) return skip("binary data (NUL bytes or control characters), not text");
  const decoded = decodeText(bytes);
  if (decoded.warning) warnings.push(`${file}: ${decoded.warning}`);
  if (!decoded.text.trim()) return skip("empty file");

  const parsed = parseFormat(format, decoded.text);
  if (parsed.warning) warnings.push(`${file}: ${parsed.warning}`);
  if (!parsed.text.trim()) return skip(format === "html" ? "no article text found in the HTML" : "no article text");
  const metadata = preferMetadata(manifest, parsed.metadata);
  const cleaned = cleanText(parsed.text, metadata.title);
  if (!cleaned.text) return skip("nothing but page chrome (menus, captions, links) after cleaning");
  return {
    document: {
      file,
      ...metadata,
      title: metadata.title ?? cleaned.title,
      text: cleaned.text,
      ...(cleaned.dateline ? { dateline: cleaned.dateline } : {}),
    },
    droppedShare: cleaned.droppedShare,
    warnings,
  };
}

function parseFormat(
  format: ArticleFormat,
  text: string,
): { text: string; metadata: DocumentMetadata; warning: string | null } {
  switch (format) {
    case "html":
      return { ...parseHtml(text), warning: null };
    case "markdown":
      return parseMarkdown(text);
    case "text":
      return { text, metadata: NO_METADATA, warning: null };
  }
}
