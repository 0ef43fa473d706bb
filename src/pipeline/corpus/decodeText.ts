/** The text of a file and how it was decoded; `warning` says when the bytes were not what we hoped. */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  warning: string | null;
}

/**
 * Decodes article bytes: UTF-8 with or without a byte order mark, UTF-16 with one.
 * Bytes that are not valid UTF-8 are most likely a legacy Western page, so they are
 * read as Windows-1252 (a superset of Latin-1 in the printable range) with a warning
 * rather than dropped.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decoded(bytes.subarray(3), "utf-8");
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(bytes.subarray(2), "utf-16be");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", warning: null };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      encoding: "windows-1252",
      warning: "not valid UTF-8; read as Windows-1252",
    };
  }
}

function decoded(bytes: Uint8Array, encoding: "utf-8" | "utf-16le" | "utf-16be"): DecodedText {
  // Non-fatal here: a file that declares its encoding by BOM is trusted, and a stray bad
  // sequence becomes U+FFFD instead of losing the article.
  return { text: new TextDecoder(encoding).decode(bytes), encoding, warning: null };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
