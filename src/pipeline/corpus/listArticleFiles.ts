import { readdir } from "node:fs/promises";
import { compareText } from "../dedupe/toCorpusArticle";
import { MANIFEST_FILE } from "./parseManifest";

/**
 * The names of the regular files in a folder that may be articles, in code-unit order
 * (warnings then come out in the same order on every machine). Hidden files and the
 * manifest are left out; subfolders are not read.
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith(".") && entry.name !== MANIFEST_FILE)
    .map((entry) => entry.name)
    .sort(compareText);
}
