/**
 * Does an output event's speaker match the gold speaker? Names vary between the text,
 * the dictionaries and the annotator (Sergei/Sergey Lavrov, "Lavrov", "Davutoğlu"), so
 * persons match on the surname; countries and organisations need one of the listed names.
 */
import type { ActorKind } from "../model/contract";
import { words } from "./text";

export interface SpeakerName {
  name: string;
  kind: ActorKind;
}

/** Name words without a leading article: "the Kremlin press service" is "Kremlin press service". */
function nameWords(name: string): string[] {
  const w = words(name);
  return w[0] === "the" ? w.slice(1) : w;
}

export function speakerMatches(gold: readonly string[], actor: SpeakerName): boolean {
  const got = nameWords(actor.name);
  if (got.length === 0) return false;
  return gold.some((alternative) => {
    const want = nameWords(alternative);
    if (want.join(" ") === got.join(" ")) return true;
    // Surnames identify persons; for "Syrian authorities" vs "Russian authorities" they would not.
    return actor.kind === "person" && want.length > 0 && want.at(-1) === got.at(-1);
  });
}
