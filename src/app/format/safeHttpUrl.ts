/**
 * Links in article metadata are untrusted. The contract already keeps only http(s) URLs,
 * but the viewer checks again before rendering a link: a file may come from anywhere.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
