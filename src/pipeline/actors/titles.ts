import { foldText } from "../../model/foldText";
import { createTrie, insertPhrase, type TrieNode } from "./phraseTrie";

/**
 * Office titles that introduce or describe a person ("Foreign Minister Ahmet Davutoglu",
 * "X, Russia's ambassador to the UN"), each with the readable form used in role titles.
 * `toUn` marks offices held at the United Nations ("Ambassador of Russia to the UN").
 */
export interface Office {
  title: string;
  toUn?: boolean;
}

const OFFICES: ReadonlyArray<[phrases: string, office: Office]> = [
  ["president", { title: "President" }],
  ["vice president|vice-president", { title: "Vice President" }],
  ["prime minister|premier|pm", { title: "Prime Minister" }],
  ["deputy prime minister|vice premier|first deputy prime minister", { title: "Deputy Prime Minister" }],
  ["foreign minister|minister of foreign affairs|foreign affairs minister|foreign secretary|secretary of state for foreign affairs|top diplomat", { title: "Foreign Minister" }],
  ["deputy foreign minister|vice foreign minister|deputy minister of foreign affairs|first deputy foreign minister", { title: "Deputy Foreign Minister" }],
  ["defence minister|defense minister|minister of defence|minister of defense|defence secretary|defense secretary|secretary of defense", { title: "Defence Minister" }],
  ["interior minister|minister of the interior|home secretary", { title: "Interior Minister" }],
  ["minister", { title: "Minister" }],
  ["secretary of state", { title: "Secretary of State" }],
  ["deputy secretary of state", { title: "Deputy Secretary of State" }],
  ["assistant secretary of state", { title: "Assistant Secretary of State" }],
  ["under secretary of state|undersecretary of state", { title: "Under Secretary of State" }],
  ["national security adviser|national security advisor", { title: "National Security Adviser" }],
  ["chancellor", { title: "Chancellor" }],
  ["king", { title: "King" }],
  ["queen", { title: "Queen" }],
  ["emir|amir", { title: "Emir" }],
  ["crown prince", { title: "Crown Prince" }],
  ["sultan", { title: "Sultan" }],
  ["supreme leader", { title: "Supreme Leader" }],
  ["ambassador|amb|envoy|permanent representative|ambassador-at-large", { title: "Ambassador" }],
  ["un ambassador|u.n. ambassador|un envoy|u.n. envoy|ambassador to the un|ambassador to the u.n.|ambassador to the united nations|envoy to the un|envoy to the u.n.|envoy to the united nations|permanent representative to the un|permanent representative to the u.n.|permanent representative to the united nations|amb to un|amb to the un|ambassador to un", { title: "Ambassador", toUn: true }],
  ["deputy un ambassador|deputy ambassador to the un|deputy ambassador to the united nations|deputy permanent representative|deputy ambassador", { title: "Deputy Ambassador", toUn: true }],
  ["special envoy|special representative|peace envoy", { title: "Special Envoy" }],
  ["spokesman|spokeswoman|spokesperson|press secretary|official spokesman|official spokeswoman", { title: "Spokesperson" }],
  ["secretary-general|secretary general", { title: "Secretary-General" }],
  ["foreign ministry spokesman|foreign ministry spokeswoman|foreign ministry spokesperson", { title: "Spokesperson of the Foreign Ministry" }],
];

/** Words that may stand before an office and belong to it ("former", "acting", "deputy"). */
export const OFFICE_MODIFIERS = new Set([
  "former", "acting", "outgoing", "incoming", "then", "interim", "senior", "chief", "top", "new", "late",
]);

/** "Ambassador" + "Russia" → "Ambassador of Russia to the UN" when the office is at the UN. */
export function officeTitle(office: Office, place: string): string {
  return `${office.title} of ${place}${office.toUn ? " to the UN" : ""}`;
}

let trie: TrieNode<Office> | null = null;

/** Offices keyed by their folded words, for longest-match lookup in text. */
export function officeTrie(): TrieNode<Office> {
  if (trie) return trie;
  trie = createTrie<Office>();
  for (const [phrases, office] of OFFICES) {
    for (const phrase of phrases.split("|")) insertPhrase(trie, officeKeys(phrase), office);
  }
  return trie;
}

/** "ambassador to the u.n." → ["ambassador", "to", "the", "un"]: the keys `tokenize` gives. */
export function officeKeys(phrase: string): string[] {
  return phrase.split(/[\s-]+/).map((word) => foldText(word.replaceAll(".", "")));
}
