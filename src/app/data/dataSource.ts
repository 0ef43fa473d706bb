/**
 * Which event file to open: `?data=URL` when given (relative to the page, http(s) only),
 * else the bundled `events.json` next to the page, so the app works under any base path.
 */
export const DEFAULT_DATA = "events.json";

export type DataSource = { ok: true; url: string; name: string } | { ok: false; name: string; message: string };

/** The last path segment, for messages ("events-100k.json"). */
export function fileNameOf(url: URL): string {
  const last = url.pathname.split("/").filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url.host || url.href;
  } catch {
    return last ?? url.href;
  }
}

export function dataSourceFrom(search: string, pageUrl: string): DataSource {
  const requested = new URLSearchParams(search).get("data")?.trim() || DEFAULT_DATA;
  let url: URL;
  try {
    url = new URL(requested, pageUrl);
  } catch {
    return { ok: false, name: requested, message: `The data address "${requested}" is not a valid URL` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, name: requested, message: `The data address "${requested}" must use http or https` };
  }
  return { ok: true, url: url.href, name: fileNameOf(url) };
}

/**
 * The search part without `?data=` (other parameters kept): once a local file is open,
 * a `?data=` left in the address would name a file that is not what the page shows.
 */
export function searchWithoutData(search: string): string {
  const params = new URLSearchParams(search);
  params.delete("data");
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}
