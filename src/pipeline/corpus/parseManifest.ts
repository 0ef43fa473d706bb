import { z } from "zod";
import { IsoDate, PARSE_OPTIONS, formatIssues } from "../../model";
import type { DocumentMetadata } from "./documentMetadata";
import { httpUrl } from "./httpUrl";

export const MANIFEST_FILE = "manifest.json";

const ManifestEntrySchema = z.object({
  file: z
    .string()
    .min(1)
    .refine((file) => !/[\\/]/.test(file) && file !== "." && file !== "..", "must be a file name in the folder, without a path"),
  title: z.string().nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
  published: IsoDate.nullish(),
  language: z.string().nullish(),
});

export interface Manifest {
  /** Metadata by file name; only the fields the manifest sets. */
  entries: Map<string, Partial<DocumentMetadata>>;
  warnings: string[];
}

/**
 * Reads `manifest.json`: an array of `{ file, title, source, url, published, language }`.
 * A manifest that is not JSON or not an array is ignored; an entry with a wrong field
 * is skipped; either way with a warning naming what is wrong, and the rest is used.
 */
export function parseManifest(json: string): Manifest {
  const entries = new Map<string, Partial<DocumentMetadata>>();
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(`${MANIFEST_FILE}: ${message}`);
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (error) {
    warn(`not valid JSON (${error instanceof Error ? error.message : String(error)}); ignored`);
    return { entries, warnings };
  }
  if (!Array.isArray(data)) {
    warn("must be an array of entries; ignored");
    return { entries, warnings };
  }
  data.forEach((item, index) => {
    const parsed = ManifestEntrySchema.safeParse(item, PARSE_OPTIONS);
    const name = describeEntry(item, index);
    if (!parsed.success) {
      warn(`${name} skipped: ${formatIssues(parsed.error.issues).join("; ")}`);
      return;
    }
    const entry = parsed.data;
    if (entries.has(entry.file)) {
      warn(`${name} skipped: "${entry.file}" is already listed`);
      return;
    }
    const url = httpUrl(entry.url);
    if (entry.url && !url) warn(`${name}: url is not an http(s) address; dropped`);
    entries.set(entry.file, {
      title: nonBlank(entry.title),
      source: nonBlank(entry.source),
      url,
      published: entry.published ?? null,
      language: nonBlank(entry.language),
    });
  });
  return { entries, warnings };
}

function describeEntry(item: unknown, index: number): string {
  const file = typeof item === "object" && item !== null ? (item as Record<string, unknown>).file : undefined;
  return typeof file === "string" ? `entry ${index} ("${file}")` : `entry ${index}`;
}

function nonBlank(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
