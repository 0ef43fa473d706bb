import { readFileSync } from "node:fs";
import type { CompiledDictionary, DictionaryEntry } from "./dictionaryEntry";
import { createTrie, insertPhrase, type TrieNode } from "./phraseTrie";
import { firstKey, tokenize } from "./tokenize";

/** How a text word must be written to match a word of an alias (see `DictionaryEntry`). */
export type CaseRule = "upper" | "capital" | "any";

/** What a dictionary phrase names, and how. */
export interface AliasHit {
  entry: DictionaryEntry;
  /** A name of the actor, a country adjective ("Russian"), or a metonym ("the Kremlin"). */
  form: "name" | "adjective" | "metonym";
  cases: CaseRule[];
}

export interface Dictionary {
  byId: ReadonlyMap<string, DictionaryEntry>;
  trie: TrieNode<AliasHit>;
  /**
   * Makes sure the phrases starting with `key` are in the trie. Phrases are grouped by
   * their first word and tokenized only when the text first uses that word: loading
   * stays fast and a worker pays only for the words its articles contain.
   */
  prepare(key: string): void;
}

const DEFAULT_PATH = new URL("../../../data/reference/actors/actors.json", import.meta.url);
let loaded: Dictionary | null = null;

/** The compiled dictionary, read once per thread (workers each load their own). */
export function loadDictionary(): Dictionary {
  loaded ??= compileDictionary((JSON.parse(readFileSync(DEFAULT_PATH, "utf8")) as CompiledDictionary).entries);
  return loaded;
}

interface PendingAlias {
  alias: string;
  entry: DictionaryEntry;
  form: AliasHit["form"];
}

/** Indexes entries by id and every alias, adjective and metonym by its words. */
export function compileDictionary(entries: readonly DictionaryEntry[]): Dictionary {
  const trie = createTrie<AliasHit>();
  const byId = new Map<string, DictionaryEntry>();
  const pending = new Map<string, PendingAlias[]>();
  const defer = (alias: string, entry: DictionaryEntry, form: AliasHit["form"]) => {
    const bare = alias.replace(LEADING_THE, "");
    const key = firstKey(bare);
    if (key === null) return;
    const group = pending.get(key);
    if (group) group.push({ alias: bare, entry, form });
    else pending.set(key, [{ alias: bare, entry, form }]);
  };
  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const alias of entry.aliases) defer(alias, entry, "name");
    for (const alias of entry.adjectives ?? []) defer(alias, entry, "adjective");
    for (const alias of entry.metonyms ?? []) defer(alias, entry, "metonym");
  }
  const prepare = (key: string) => {
    const group = pending.get(key);
    if (!group) return;
    pending.delete(key);
    for (const { alias, entry, form } of group) addAlias(trie, alias, entry, form);
  };
  return { byId, trie, prepare };
}

// a leading "the" is not part of the name: "the Kremlin" matches "Kremlin" and "the Kremlin"
const LEADING_THE = /^the\s+/i;

function addAlias(trie: TrieNode<AliasHit>, alias: string, entry: DictionaryEntry, form: AliasHit["form"]): void {
  const tokens = tokenize(alias);
  if (tokens.length === 0) return;
  const cases = tokens.map((t): CaseRule => {
    if (t.dotted || (t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text))) return "upper";
    return /^\p{Lu}/u.test(t.text) ? "capital" : "any";
  });
  insertPhrase(trie, tokens.map((t) => t.key), { entry, form, cases });
}
