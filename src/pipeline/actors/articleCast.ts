import type { Actor, Role } from "../../model";
import type { DictionaryEntry } from "./dictionaryEntry";
import { createTrie, insertPhrase, type TrieNode } from "./phraseTrie";
import type { Token } from "./tokenize";

/**
 * The actors named so far in one article, and the names by which a later mention may
 * refer back to a person: the full name and the surname ("Lavrov", "Davutoglu").
 */
export class ArticleCast {
  readonly actors = new Map<string, Actor>();
  readonly names: TrieNode<string> = createTrie<string>();

  has(id: string): boolean {
    return this.actors.has(id);
  }

  addEntry(entry: DictionaryEntry): void {
    if (this.actors.has(entry.id)) return;
    this.actors.set(entry.id, {
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      ...(entry.country ? { country: entry.country } : {}),
      ...(entry.roles ? { roles: entry.roles } : {}),
    });
  }

  /** A person the dictionary does not know, or a role the text tells ("Turkish Prime Minister …" on the publication date). */
  addPerson(id: string, name: string, country: string | undefined, role: Role | null): void {
    const known = this.actors.get(id);
    const actor: Actor = known ?? { id, name, kind: "person", ...(country ? { country } : {}) };
    if (country && !actor.country) actor.country = country;
    if (role && !(actor.roles ?? []).some((r) => r.title === role.title && r.from === role.from)) {
      actor.roles = [...(actor.roles ?? []), role];
    }
    this.actors.set(id, actor);
  }

  /** Lets later mentions use the full name or the last word of it. */
  rememberName(id: string, nameTokens: readonly Token[]): void {
    const keys = nameTokens.map((t) => t.key);
    insertPhrase(this.names, keys, id);
    const surname = keys.at(-1);
    if (keys.length > 1 && surname !== undefined) insertPhrase(this.names, [surname], id);
  }
}
