import type { Actor } from "../../model";
import { mergeActors } from "../actors/mergeActors";

interface Version {
  actor: Actor;
  /** Where it was first seen: its article's place in id order, its place in that article's list. */
  article: number;
  index: number;
}

/**
 * The actors of a run's articles, each distinct version once: every article names the
 * same few hundred dictionary actors again, so keeping every list would grow with the
 * corpus. `merged` gives what actors/mergeActors gives for all the lists in article
 * order: repeats of a version change nothing there, only which distinct version comes first.
 */
export class ActorVersions {
  private readonly versions = new Map<string, Version>();

  add(article: number, actors: readonly Actor[]): void {
    for (const [index, actor] of actors.entries()) {
      const key = JSON.stringify(actor);
      const known = this.versions.get(key);
      if (!known || article < known.article || (article === known.article && index < known.index)) {
        this.versions.set(key, { actor, article, index });
      }
    }
  }

  merged(): Actor[] {
    const ordered = [...this.versions.values()].sort((a, b) => a.article - b.article || a.index - b.index);
    return mergeActors([ordered.map((version) => version.actor)]);
  }
}
