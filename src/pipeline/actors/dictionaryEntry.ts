import type { ActorKind, Role } from "../../model";

/**
 * One actor of the compiled dictionary (`data/reference/actors/actors.json`).
 *
 * Aliases are written so that their case says how the text must write them: an
 * all-capital word ("UN", "NATO") must be in capitals, a capitalised word must start
 * with a capital, a lower-case word ("al", "de", "of") may be written either way.
 */
export interface DictionaryEntry {
  id: string;
  name: string;
  kind: ActorKind;
  country?: string;
  roles?: Role[];
  /** Names of the actor, including `name`. */
  aliases: string[];
  /** Countries: adjectives and demonyms ("Russian", "Britons"). */
  adjectives?: string[];
  /** Countries: capitals and seats of power that stand for the government ("Moscow", "the Kremlin"). */
  metonyms?: string[];
}

export interface CompiledDictionary {
  /** Where the data comes from and under which licences. */
  attribution: string;
  entries: DictionaryEntry[];
}
