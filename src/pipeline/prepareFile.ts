import { join } from "node:path";
import { articleFormat } from "./corpus/articleFormat";
import type { DocumentMetadata } from "./corpus/documentMetadata";
import { readArticleBytes } from "./corpus/readArticleBytes";
import { toSourceDocument } from "./corpus/toSourceDocument";
import { fingerprint, type Fingerprint } from "./dedupe/fingerprint";
import type { SourceDocument } from "./types";

export interface PrepareFileTask {
  dir: string;
  file: string;
  manifest: Partial<DocumentMetadata> | undefined;
  maxBytes: number;
}

export interface PreparedFile {
  /** Null when the file gave no article; `warnings` says why. */
  copy: { document: SourceDocument; droppedShare: number; fingerprint: Fingerprint } | null;
  warnings: string[];
}

/** The per-file half of the pipeline: read, decode, clean, and fingerprint for dedupe. */
export async function prepareFile({ dir, file, manifest, maxBytes }: PrepareFileTask): Promise<PreparedFile> {
  const format = articleFormat(file);
  if (format === null) return { copy: null, warnings: [`${file}: not an article file (.txt, .md, .html, .htm); skipped`] };
  const read = await readArticleBytes(join(dir, file), maxBytes);
  if ("problem" in read) return { copy: null, warnings: [`${file}: ${read.problem}; skipped`] };
  const { document, droppedShare, warnings } = toSourceDocument(file, format, read.bytes, manifest);
  if (document === null) return { copy: null, warnings };
  return { copy: { document, droppedShare, fingerprint: fingerprint(document.text) }, warnings };
}
