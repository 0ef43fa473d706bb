/**
 * Who took part in an event, by part played, in the order a reader wants them: who
 * spoke or vetoed, then who relayed it, then whom it was aimed at. Persons carry the
 * office they held on the event's date.
 */
import type { Actor, ActorRole, TimelineEvent } from "../../model";
import { roleOn } from "../../model/roleOn";

export interface Participant {
  id: string;
  name: string;
  /** The office held on the event's date, when the file knows it. */
  office: string | null;
}

export interface ParticipantGroup {
  role: ActorRole;
  label: string;
  participants: Participant[];
}

const ROLE_ORDER: readonly ActorRole[] = ["speaker", "vetoing", "relay", "target"];

const LABELS: Record<ActorRole, [one: string, many: string]> = {
  speaker: ["Speaker", "Speakers"],
  vetoing: ["Vetoing country", "Vetoing countries"],
  relay: ["Relayed by", "Relayed by"],
  target: ["Addressed to", "Addressed to"],
};

/** A threat is not a veto: its countries are named for what they did. */
const THREATENING: [one: string, many: string] = ["Threatening to veto", "Threatening to veto"];

export function eventParticipants(
  event: Pick<TimelineEvent, "actors" | "date" | "subtype">,
  actors: ReadonlyMap<string, Actor>,
): ParticipantGroup[] {
  return ROLE_ORDER.flatMap((role) => {
    const ids = [...new Set(event.actors.filter((a) => a.role === role).map((a) => a.id))];
    if (ids.length === 0) return [];
    const participants = ids.map((id) => {
      const actor = actors.get(id);
      return { id, name: actor?.name ?? id, office: actor ? roleOn(actor, event.date) : null };
    });
    const [one, many] = role === "vetoing" && event.subtype === "threatened" ? THREATENING : LABELS[role];
    return [{ role, label: participants.length === 1 ? one : many, participants }];
  });
}
