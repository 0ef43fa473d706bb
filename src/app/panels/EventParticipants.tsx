import type { Actor, TimelineEvent } from "../../model";
import { eventParticipants } from "../format/eventParticipants";

/** Speakers with their office on the day, vetoing countries, relays and addressees. */
export function EventParticipants({ event, actors }: { event: TimelineEvent; actors: ReadonlyMap<string, Actor> }) {
  return (
    <>
      {eventParticipants(event, actors).map((group) => (
        <div key={group.role} className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-300">{group.label}</dt>
          <dd>
            <ul>
              {group.participants.map((p) => (
                <li key={p.id}>
                  {p.name}
                  {p.office && <span className="text-slate-600 dark:text-slate-300">, {p.office}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </>
  );
}
