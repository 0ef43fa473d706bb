/**
 * Error messages that name the problem: which file, what the server answered, where
 * the JSON breaks. A user who sees one of these knows what to fix.
 */

/** "at line 3, column 17" from a character position in the text. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Where V8's message says the JSON breaks: "at position N", or, for an unexpected
 * token in a long text, a quoted snippet ..."<10 chars before>token<after>"... that we find
 * in the text (only when it occurs once, so the answer is never a guess).
 */
function errorPosition(text: string, message: string): number | null {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const snippet = /^Unexpected token .+?, \.\.\."([\s\S]+)"\.\.\. is not valid JSON$/.exec(message);
  if (!snippet) return null;
  const at = text.indexOf(snippet[1]!);
  return at >= 0 && text.indexOf(snippet[1]!, at + 1) < 0 ? at + 10 : null;
}

/** The parser's own message (it names the unexpected token), with the line and column added. */
export function describeJsonError(name: string, text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (text.trim() === "") return `${name} is empty: expected a JSON event file`;
  const position = /line \d+/.test(message) ? null : errorPosition(text, message);
  const where = position === null ? "" : (({ line, column }) => ` (line ${line}, column ${column})`)(lineAndColumn(text, position));
  return `${name} is not valid JSON: ${message}${where}`;
}

export function describeHttpError(name: string, status: number, statusText: string): string {
  const reason = statusText || (status === 404 ? "Not Found" : "");
  return `Could not load ${name}: HTTP ${status}${reason ? ` ${reason}` : ""}`;
}

/** Many servers answer a missing file with their home page (HTTP 200, HTML). */
export function describeHtmlAnswer(name: string): string {
  return `Could not load ${name}: the server sent a web page instead of JSON (the file is probably missing)`;
}

export function describeNetworkError(name: string, error: unknown): string {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return `Could not load ${name}: the server did not answer or refused the request${detail}`;
}
