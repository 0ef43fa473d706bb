/**
 * What the article has said so far about who is talking, for pronouns and definite
 * descriptions: "he" and "she" are the nearest preceding person subject that fits
 * (gender from titles and given names, see pronoun()), "it" the
 * nearest body or country, "the press service" the actor last named with that noun.
 * Filled in reading order by the extractor; one per article.
 */
import type { Actor } from "../../model";
import { FEMALE_NAMES } from "./femaleNames";
import { FEMALE_WORDS, MALE_WORDS, ROLE_NOUNS } from "./speakerWords";

type Gender = "female" | "male";

interface Subject {
  actor: Actor;
  pos: number;
}

export interface Discourse {
  /** A subject seen at `pos`, with the words of its phrase (titles tell gender and roles). */
  remember(actor: Actor, pos: number, words: readonly string[], pronoun?: "he" | "she"): void;
  pronoun(pronoun: "he" | "she" | "it", pos: number): Actor | undefined;
  description(noun: string, pos: number): Actor | undefined;
  /** The person seen before `pos` whose name has this word ("Wang" → Wang Guangya), if only one. */
  named(word: string, pos: number): Actor | undefined;
}

/** How many subjects back a pronoun may reach: further than that, the reader has lost track. */
const PRONOUN_REACH = 3;

function genderFromName(actor: Actor): Gender | undefined {
  const given = actor.name.split(/\s+/)[0]?.toLowerCase() ?? "";
  return FEMALE_NAMES.has(given) ? "female" : undefined;
}

/** The words a name may be cut to: "Thomas-Greenfield" and "Greenfield", "al-Halabi" whole. */
function nameParts(name: string): string[] {
  const lower = name.toLowerCase();
  return [...lower.split(/\s+/), ...lower.split(/[\s-]+/)];
}

export function createDiscourse(): Discourse {
  const subjects: Subject[] = [];
  const genders = new Map<string, Gender>();
  const roles = new Map<string, Actor>();

  const genderOf = (actor: Actor) => genders.get(actor.id) ?? genderFromName(actor);

  return {
    remember(actor, pos, words, pronoun) {
      const last = subjects.at(-1);
      if (last?.actor.id === actor.id) last.pos = pos;
      else subjects.push({ actor, pos });
      // Once called "she", a person is a woman: a later "he" is someone else.
      if (pronoun && actor.kind === "person" && !genders.has(actor.id)) genders.set(actor.id, pronoun === "she" ? "female" : "male");
      for (const word of words) {
        if (FEMALE_WORDS.has(word)) genders.set(actor.id, "female");
        else if (MALE_WORDS.has(word)) genders.set(actor.id, "male");
        if (ROLE_NOUNS.has(word)) roles.set(word, actor);
      }
    },
    pronoun(pronoun, pos) {
      // "he": the nearest person not known to be a woman (news copy names most men without
      // a gender cue). "she": a woman known as such first, else the nearest person of unknown gender.
      const passes: ((actor: Actor) => boolean)[] =
        pronoun === "it"
          ? [(actor) => actor.kind !== "person"]
          : pronoun === "he"
            ? [(actor) => actor.kind === "person" && genderOf(actor) !== "female"]
            : [
                (actor) => actor.kind === "person" && genderOf(actor) === "female",
                (actor) => actor.kind === "person" && genderOf(actor) === undefined,
              ];
      for (const fits of passes) {
        let reach = 0;
        for (let i = subjects.length - 1; i >= 0 && reach < PRONOUN_REACH; i--) {
          const subject = subjects[i]!;
          if (subject.pos >= pos) continue;
          if (fits(subject.actor)) return subject.actor;
          // Persons in between count against the reach of he/she; bodies do not.
          if (subject.actor.kind === "person" || pronoun === "it") reach++;
        }
      }
      return undefined;
    },
    named(word, pos) {
      const key = word.toLowerCase();
      const found = new Map<string, Actor>();
      for (const subject of subjects) {
        // `<=`: the opening subject of this very sentence may already be recorded at `pos`.
        if (subject.pos <= pos && subject.actor.kind === "person" && nameParts(subject.actor.name).includes(key)) {
          found.set(subject.actor.id, subject.actor);
        }
      }
      return found.size === 1 ? [...found.values()][0] : undefined;
    },
    description(noun, pos) {
      const actor = roles.get(noun);
      if (actor) return actor;
      // A role held on the day ("Foreign Minister") names the actor even if the article never used the noun.
      for (let i = subjects.length - 1; i >= 0; i--) {
        const subject = subjects[i]!;
        if (subject.pos < pos && subject.actor.roles?.some((r) => r.title.toLowerCase().split(/\s+/).includes(noun))) {
          return subject.actor;
        }
      }
      return undefined;
    },
  };
}
