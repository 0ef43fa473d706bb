import { officeTrie } from "./titles";
import { joinable, type Token } from "./tokenize";

/** Words after which a capital names the place, not the government ("talks in Moscow"). */
const LOCATIVE = new Set([
  "in", "at", "to", "from", "into", "near", "outside", "inside", "via", "toward", "towards", "across", "around",
  "throughout", "within", "visit", "visited", "visiting", "visits", "arrived", "left", "reached", "capital", "city",
  "flew", "travelled", "traveled", "returned", "downtown", "central", "northern", "southern", "eastern", "western",
]);
/** Words after a capital that make it a place or part of a name ("Moscow time", "Moscow-based"). */
const PLACE_FOLLOWERS = new Set(["based", "time", "area", "region", "residents", "streets", "airport", "suburb", "suburbs"]);

const BODIES = new Set(["press", "officials", "official", "sources", "source", "administration", "aides", "aide"]);

/**
 * Whether the metonym at tokens [start, end) is used as a place rather than for the
 * government: after a locative word (allowing one adjective or "the" between: "in central
 * Moscow", "at the White House"), before a word that makes it a place, or as the first
 * part of a longer name ("Washington Post", "Moscow State University").
 */
export function isPlaceUse(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  const twoBefore = tokens[start - 2];
  if (before && LOCATIVE.has(before.key) && joinable(text, before, tokens[start]!)) return true;
  if (before && twoBefore && (before.key === "the" || LOCATIVE.has(before.key)) && LOCATIVE.has(twoBefore.key)) return true;
  const after = tokens[end];
  const last = tokens[end - 1]!;
  if (!after || last.possessive || !joinable(text, last, after)) return false;
  if (PLACE_FOLLOWERS.has(after.key)) return true;
  // "White House Spokesman Jay Carney", "Kremlin Press Service": an office or body, not a longer name
  return /^\p{Lu}/u.test(after.text) && !officeTrie().next.has(after.key) && !BODIES.has(after.key);
}
