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
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", warning: "not valid UTF-8; read as Windows-1252" };
  }
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (WHATWG index); the rest is Latin-1. Written out because
 * Node 20.18.3+ decodes "windows-1252" as Latin-1 (https://github.com/nodejs/node/issues/60888),
 * which would turn curly quotes into control characters.
 */
const HIGH_CONTROLS =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80]! : String.fromCharCode(byte),
    );
    text += chunk.join("");
  }
  return text;
}

function decoded(bytes: Uint8Array, encoding: "utf-8" | "utf-16le" | "utf-16be"): DecodedText {
  // Non-fatal here: a file that declares its encoding by BOM is trusted, and a stray bad
  // sequence becomes U+FFFD instead of losing the article.
  return { text: new TextDecoder(encoding).decode(bytes), encoding, warning: null };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
