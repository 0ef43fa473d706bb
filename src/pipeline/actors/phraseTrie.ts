/**
 * A trie over word keys: the dictionary's ~100k aliases share first words, so a lookup
 * costs one map step per word of the text, however large the dictionary.
 */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export function createTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

export function insertPhrase<T>(root: TrieNode<T>, keys: readonly string[], value: T): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = createTrie<T>();
      node.next.set(key, child);
    }
    node = child;
  }
  node.values.push(value);
}

export interface PhraseMatch<T> {
  /** Number of words matched. */
  length: number;
  values: T[];
}

/**
 * Every phrase that starts at word `from`, longest first. `step(i)` tells whether word
 * `i` may continue the phrase (same line, no punctuation between) and gives its key.
 */
export function matchPhrases<T>(
  root: TrieNode<T>,
  from: number,
  count: number,
  keyAt: (index: number) => string,
  continues: (index: number) => boolean,
): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  let node: TrieNode<T> | undefined = root;
  for (let i = from; i < count; i++) {
    if (i > from && !continues(i)) break;
    node = node.next.get(keyAt(i));
    if (!node) break;
    if (node.values.length > 0) matches.push({ length: i - from + 1, values: node.values });
  }
  return matches.reverse();
}
