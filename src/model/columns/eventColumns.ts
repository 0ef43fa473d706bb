/**
 * The few facts the timeline draws, as typed arrays: when each event happens, what
 * kind it is and which actors it belongs to. The viewer's worker builds them (or reads
 * them from the columns file the pipeline writes) and transfers the buffers (no copying),
 * so the first frame can be drawn before the full event objects reach the main thread.
 */
import type { Actor, EventSubtype, TimelineEvent } from "../contract";
import type { SortedEvents } from "./sortEvents";

/** What the columns need of an event. */
export type Drawable = Pick<TimelineEvent, "id" | "date" | "dateEnd" | "subtype" | "actors">;

/** Subtype codes; the order is the legend order. */
export const SUBTYPES: readonly EventSubtype[] = ["direct", "reported", "cast", "threatened", "referenced"];
const SUBTYPE_CODE = new Map(SUBTYPES.map((s, i) => [s, i]));

export function isVetoCode(code: number): boolean {
  return code >= 2;
}

export interface EventColumns {
  count: number;
  /** Start of the event's day, UTC ms, ascending. */
  start: Float64Array;
  /** End of its last possible day, UTC ms. */
  end: Float64Array;
  /** Index into SUBTYPES. */
  kind: Uint8Array;
  /** Agents of event i are agents[agentOffsets[i] .. agentOffsets[i + 1]), as indexes into `actors`. */
  agentOffsets: Uint32Array;
  agents: Uint32Array;
  actors: Actor[];
  extent: [number, number];
}

/** Agents place an event in a lane: its speakers and vetoing actors, else whoever relayed it. */
export function eventAgents(event: Pick<TimelineEvent, "actors">): string[] {
  const agents = event.actors.filter((a) => a.role === "speaker" || a.role === "vetoing").map((a) => a.id);
  if (agents.length) return agents;
  return event.actors.filter((a) => a.role === "relay").map((a) => a.id);
}

export function buildColumns(sorted: SortedEvents<Drawable>, actors: Actor[]): EventColumns {
  const n = sorted.events.length;
  const actorIndex = new Map(actors.map((a, i) => [a.id, i]));
  const kind = new Uint8Array(n);
  const agentOffsets = new Uint32Array(n + 1);
  const agentList: number[] = [];
  for (let i = 0; i < n; i++) {
    const event = sorted.events[i]!;
    kind[i] = SUBTYPE_CODE.get(event.subtype) ?? 0;
    // Agents missing from the actor list cannot be named or placed: they count as no agent.
    for (const id of eventAgents(event)) {
      const a = actorIndex.get(id);
      if (a !== undefined) agentList.push(a);
    }
    agentOffsets[i + 1] = agentList.length;
  }
  return {
    count: n,
    start: sorted.start,
    end: sorted.end,
    kind,
    agentOffsets,
    agents: Uint32Array.from(agentList),
    actors,
    extent: sorted.extent,
  };
}

/** The buffers to hand over with postMessage's transfer list. */
export function columnBuffers(columns: EventColumns): ArrayBuffer[] {
  return [columns.start, columns.end, columns.kind, columns.agentOffsets, columns.agents].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
