/** Opens an event file by URL: the body to read, or an error message that names the problem. */
import { describeHtmlAnswer, describeHttpError, describeNetworkError } from "./loadErrors";

export type Opened = {
  stream: ReadableStream<Uint8Array>;
  /** For progress: Content-Length, which counts compressed bytes when the body is compressed. */
  total: number | null;
  /** The body's exact length in bytes, when known (Content-Length of an uncompressed body). */
  length: number | null;
};

export async function openUrl(url: string, name: string): Promise<Opened | string> {
  let response: Response;
  try {
    // Asking for JSON makes single-page-app servers (vite preview among them) answer a
    // missing file with 404 instead of their index.html.
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (error) {
    return describeNetworkError(name, error);
  }
  if (!response.ok) return describeHttpError(name, response.status, response.statusText);
  if (response.headers.get("content-type")?.includes("text/html")) return describeHtmlAnswer(name);
  if (!response.body) return `Could not load ${name}: the response has no body`;
  const length = Number(response.headers.get("content-length"));
  const total = length > 0 ? length : null;
  // Cross-origin, Content-Encoding is hidden: the length may then be compressed, and a
  // columns file made for this file would be taken for another one's (a slower first frame).
  return { stream: response.body, total, length: response.headers.get("content-encoding") ? null : total };
}
