/**
 * Reads a corpus folder the way the gold checks need it: each file's words (markup and
 * entities gone), its manifest entry, and the publication date its own metadata gives.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { words } from "../../src/eval/text";

export const ROOT = new URL("../..", import.meta.url).pathname;

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "’", lsquo: "‘",
  rdquo: "”", ldquo: "“", mdash: "—", ndash: "–", hellip: "…", copy: "©", middot: "·",
};

/** Visible text of an HTML page, tags replaced by spaces so that list items stay apart. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

export interface CorpusFile {
  name: string;
  raw: string;
  words: string[];
}

export function readCorpus(dir: string): CorpusFile[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs)
    .filter((name) => /\.(txt|html?|md)$/i.test(name))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(abs, name), "utf8");
      return { name, raw, words: words(/\.html?$/i.test(name) ? htmlText(raw) : raw) };
    });
}

export interface ManifestEntry {
  file: string;
  published?: string;
}

export function readManifest(dir: string): ManifestEntry[] {
  return JSON.parse(readFileSync(join(ROOT, dir, "manifest.json"), "utf8")) as ManifestEntry[];
}

/** The date a file states about itself: an HTML meta tag or a Markdown front matter field. */
export function ownPublicationDate(raw: string): string | null {
  const meta = raw.match(/<meta[^>]+(?:article:published_time|name="date")[^>]+content="(\d{4}-\d{2}-\d{2})/i);
  const front = raw.match(/^---[\s\S]*?^(?:date|published):\s*"?(\d{4}-\d{2}-\d{2})/m);
  return meta?.[1] ?? front?.[1] ?? null;
}
