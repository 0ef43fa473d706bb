import { matchPhrases } from "./phraseTrie";
import { officeTrie, type Office } from "./titles";
import { tokenize } from "./tokenize";

/**
 * The offices named in a short free text such as a dictionary note ("Amb. to UN") or
 * heading ("U.S. Secretaries of State"), longest first at each word; plurals count.
 */
export function findOffices(text: string): Office[] {
  const keys = tokenize(text).map((t) => singular(t.key));
  const found: Office[] = [];
  for (let i = 0; i < keys.length; i++) {
    const [best] = matchPhrases(officeTrie(), i, keys.length, (k) => keys[k]!, () => true);
    if (!best) continue;
    found.push(best.values[0]!);
    i += best.length - 1;
  }
  return found;
}

function singular(key: string): string {
  if (key.endsWith("ies")) return key.slice(0, -3) + "y";
  if (key.endsWith("s") && !key.endsWith("ss") && key.length > 3) return key.slice(0, -1);
  return key;
}
