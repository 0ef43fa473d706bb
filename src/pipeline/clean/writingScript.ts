/** Scripts news copy is written in; letters of any other script count as "Other". */
const SCRIPTS = [
  "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul",
  "Devanagari", "Thai", "Georgian", "Armenian",
] as const;
export type Script = (typeof SCRIPTS)[number] | "Other";

const TESTS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);
const LETTER = /\p{L}/u;

/**
 * The script most letters of a text are written in, or null for a text without letters.
 * Japanese kana count with Han: a Japanese article mixes the three.
 */
export function writingScript(text: string): Script | null {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    const script = scriptOf(ch);
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script | null = null;
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

function scriptOf(ch: string): Script | null {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? "Latin" : null;
  if (!LETTER.test(ch)) return null;
  for (const [script, test] of TESTS) {
    if (test.test(ch)) return script === "Hiragana" || script === "Katakana" ? "Han" : script;
  }
  return "Other";
}
