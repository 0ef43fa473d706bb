/** What a file says about itself (front matter, meta tags) or the manifest says about it. */
export interface DocumentMetadata {
  title: string | null;
  source: string | null;
  url: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  language: string | null;
}

export const NO_METADATA: DocumentMetadata = { title: null, source: null, url: null, published: null, language: null };

/** Field by field, the first value that is set wins. */
export function preferMetadata(...sources: Partial<DocumentMetadata>[]): DocumentMetadata {
  const merged: DocumentMetadata = { ...NO_METADATA };
  for (const key of Object.keys(merged) as (keyof DocumentMetadata)[]) {
    merged[key] = sources.map((s) => s[key]).find((value) => value !== null && value !== undefined) ?? null;
  }
  return merged;
}
