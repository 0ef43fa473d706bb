/**
 * The columns file next to an event file on the web (see model/columns/columnsFile), for
 * a first frame before the event file is parsed. Optional by nature: a missing, broken
 * or unreachable one is not an error, only a slower first frame, so this never throws.
 */
import { columnsPathFor, decodeColumnsFile, type DecodedColumns } from "../../model/columns/columnsFile";

type Columns = Extract<DecodedColumns, { ok: true }>;

/** The URL of an event file's columns file, or null when the file's path does not end in `.json`. */
export function columnsUrlFor(eventsUrl: string, base: string): string | null {
  const url = new URL(eventsUrl, base);
  if (!/\.json$/i.test(url.pathname)) return null;
  url.pathname = columnsPathFor(url.pathname);
  url.hash = "";
  return url.href;
}

export async function fetchColumnsFile(url: string): Promise<Columns | null> {
  try {
    const response = await fetch(url, { headers: { Accept: "application/octet-stream" } });
    // Servers that answer every path with their home page say so in the content type.
    if (!response.ok || response.headers.get("content-type")?.includes("text/html")) return null;
    const decoded = decodeColumnsFile(await response.arrayBuffer());
    if (decoded.ok) return decoded;
    console.warn(`Ignoring ${url}: ${decoded.problem}`);
  } catch {
    // unreachable: the event file's own request will say what is wrong
  }
  return null;
}
