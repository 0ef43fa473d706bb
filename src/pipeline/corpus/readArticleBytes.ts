import { open } from "node:fs/promises";

export type ArticleBytes = { bytes: Uint8Array } | { problem: string };

/**
 * Reads a file whole when it is no larger than `maxBytes`. A news article is a few
 * kilobytes and a saved page rarely 2 MB; a file over the cap is not read at all (a
 * log or a database dump misnamed .txt must not fill the memory of every worker).
 */
export async function readArticleBytes(path: string, maxBytes: number): Promise<ArticleBytes> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    return { problem: `cannot be read (${errorCode(error)})` };
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { problem: `${megabytes(size)} MB is over the ${megabytes(maxBytes)} MB limit (--max-file-mb)` };
    return { bytes: await handle.readFile() };
  } catch (error) {
    return { problem: `cannot be read (${errorCode(error)})` };
  } finally {
    await handle.close();
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
