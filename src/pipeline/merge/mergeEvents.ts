/**
 * The same event found in several articles (or twice in one) becomes one event with
 * every piece of evidence. Ids are derived from the event key (see eventKey), so
 * re-running or adding articles keeps every existing event's id; everything else is
 * chosen deterministically (earliest evidence first), so the output does not depend
 * on input order.
 */
import { createHash } from "node:crypto";
import type { EventActor, Evidence, TimelineEvent } from "../../model";
import type { DraftEvent } from "../types";
import { eventKey } from "./eventKey";

const ID_HEX = 16;

export function eventId(key: string): string {
  return `e-${createHash("sha256").update(key).digest("hex").slice(0, ID_HEX)}`;
}

function compareEvidence(a: Evidence, b: Evidence): number {
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

function firstEvidence(draft: DraftEvent): Evidence {
  return [...draft.evidence].sort(compareEvidence)[0]!;
}

function mergeGroup(id: string, drafts: DraftEvent[]): TimelineEvent {
  const ordered = [...drafts].sort((a, b) => compareEvidence(firstEvidence(a), firstEvidence(b)));
  const representative = ordered[0]!;
  const evidence = new Map<string, Evidence>();
  const actors = new Map<string, EventActor>();
  for (const draft of ordered) {
    for (const e of draft.evidence) evidence.set(`${e.article}|${e.start}|${e.end}`, e);
    for (const a of draft.actors) actors.set(`${a.role}|${a.id}`, a);
  }
  return {
    ...representative,
    id,
    actors: [...actors.values()],
    evidence: [...evidence.values()].sort(compareEvidence),
    confidence: Math.max(...ordered.map((d) => d.confidence)),
  };
}

export function mergeEvents(drafts: readonly DraftEvent[]): TimelineEvent[] {
  const groups = new Map<string, DraftEvent[]>();
  for (const draft of drafts) {
    const id = eventId(eventKey(draft));
    const group = groups.get(id);
    if (group) group.push(draft);
    else groups.set(id, [draft]);
  }
  return [...groups.entries()]
    .map(([id, group]) => mergeGroup(id, group))
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
