import { caseFits } from "./caseFits";
import type { AliasHit, Dictionary } from "./dictionary";
import { isPlaceUse } from "./isPlaceUse";
import { matchPhrases } from "./phraseTrie";
import { joinable, type Token } from "./tokenize";

/** A phrase of the text that the dictionary knows, with every actor it may name. */
export interface DictionaryMatch {
  /** Token indices, `tokenEnd` exclusive. */
  tokenStart: number;
  tokenEnd: number;
  hits: AliasHit[];
}

/**
 * Longest dictionary phrases, left to right, that the text writes in the case the
 * dictionary requires ("UN" but not "un", "Lavrov" but not "lavrov"). A metonym
 * ("Moscow") used as a place ("a news conference in Moscow") is no mention.
 */
export function findDictionaryMentions(text: string, tokens: readonly Token[], dictionary: Dictionary): DictionaryMatch[] {
  const found: DictionaryMatch[] = [];
  const keyAt = (i: number) => tokens[i]!.key;
  const continues = (i: number) => joinable(text, tokens[i - 1]!, tokens[i]!);
  for (let i = 0; i < tokens.length; i++) {
    dictionary.prepare(tokens[i]!.key);
    for (const match of matchPhrases(dictionary.trie, i, tokens.length, keyAt, continues)) {
      const end = i + match.length;
      const hits = match.values.filter(
        (hit) =>
          hit.cases.every((rule, k) => caseFits(tokens[i + k]!.text, rule)) &&
          (hit.form !== "metonym" || !isPlaceUse(text, tokens, i, end)),
      );
      if (hits.length === 0) continue;
      found.push({ tokenStart: i, tokenEnd: end, hits });
      i = end - 1;
      break;
    }
  }
  return found;
}
