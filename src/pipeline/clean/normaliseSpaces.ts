/** No-break, thin, ideographic and other odd spaces, tabs and stray control characters. */
const ODD_SPACE = /[\t\v\f\r\u0000-\u0008\u000e-\u001f\u007f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Unicode line and paragraph separators end a line like a line feed does. */
const LINE_SEPARATOR = /[\u2028\u2029\u0085]/g;

/**
 * Replaces odd spaces by plain spaces and Unicode line separators by line feeds, one
 * character for one, so every offset into the result is also an offset into the input.
 */
export function normaliseSpaces(text: string): string {
  return text.replace(ODD_SPACE, " ").replace(LINE_SEPARATOR, "\n");
}
