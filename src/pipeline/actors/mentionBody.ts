import type { Mention } from "../types";

/**
 * Nouns that, right after a country or metonym, make the phrase a body or an official
 * of that country rather than the country itself: "the Kremlin press service", "the
 * State Department spokeswoman", "the Russian Foreign Ministry".
 */
const BODY = /^[ \t]+((?:press service|press office|foreign ministry|foreign office|defen[cs]e ministry|ministry|embassy|mission|delegation|government|administration|spokes(?:man|woman|person)|press secretary|official|officials|diplomat|diplomats|envoy|ambassador|source|sources|side|leader|leadership|president|prime minister|foreign minister)s?)\b/i;

/**
 * The body or official noun that follows a country mention ("press service" in "the
 * Kremlin press service"), lower-cased, or null when the mention stands for the
 * country itself. Lets statement extraction tell who spoke for the country.
 */
export function mentionBody(text: string, mention: Mention): string | null {
  const match = BODY.exec(text.slice(mention.end, mention.end + 40));
  return match ? match[1]!.toLowerCase() : null;
}
