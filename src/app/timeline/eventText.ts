/**
 * The words the timeline shows for an event: the label beside a mark and the lines of
 * its tooltip. Plain strings only; the canvas draws them as text, so untrusted article
 * text can never become markup.
 */
import type { Actor, TimelineEvent } from "../../model";
import { utcFormat } from "d3-time-format";
import { formatCount } from "./marks/clusterBubble";
import { DAY_MS } from "./timeWindow";

const SUBTYPE_NAMES: Record<TimelineEvent["subtype"], string> = {
  direct: "Statement (direct quote)",
  reported: "Statement (reported)",
  cast: "Veto cast",
  threatened: "Veto threatened",
  referenced: "Veto referred to",
};

export function subtypeName(event: Pick<TimelineEvent, "subtype">): string {
  return SUBTYPE_NAMES[event.subtype];
}

/** The speaker or vetoing actor, shortened to a surname for persons. */
export function shortAgentName(event: TimelineEvent, actors: Map<string, Actor>): string | null {
  const agent = event.actors.find((a) => a.role === "speaker" || a.role === "vetoing") ?? event.actors[0];
  if (!agent) return null;
  const actor = actors.get(agent.id);
  if (!actor) return agent.id;
  if (actor.kind !== "person") return actor.name;
  return actor.name.trim().split(/\s+/).pop() ?? actor.name;
}

/** "Medvedev: defends the veto", without repeating a name the summary already starts with. */
export function eventLabel(event: TimelineEvent, actors: Map<string, Actor>): string {
  const summary = (event.summary || event.text).replace(/\s+/g, " ").trim();
  const name = shortAgentName(event, actors);
  if (!name || summary.toLowerCase().includes(name.toLowerCase())) return summary;
  return summary ? `${name}: ${summary}` : name;
}

const formatDay = utcFormat("%-d %b %Y");

export function eventDateText(event: TimelineEvent): string {
  const range = event.dateEnd && event.dateEnd !== event.date ? ` – ${formatDay(new Date(`${event.dateEnd}T00:00:00Z`))}` : "";
  const precision = event.datePrecision === "day" ? "" : ` (${event.datePrecision} precision)`;
  return `${formatDay(new Date(`${event.date}T00:00:00Z`))}${range}${precision}`;
}

export interface TooltipText {
  title: string;
  lines: string[];
  /** Longer text, wrapped by the drawer. */
  body?: string;
}

export function eventTooltip(event: TimelineEvent, actors: Map<string, Actor>): TooltipText {
  const who = event.actors
    .map((a) => `${actors.get(a.id)?.name ?? a.id} (${a.role})`)
    .join(", ");
  return {
    title: event.summary || subtypeName(event),
    lines: [`${eventDateText(event)} · ${subtypeName(event)}`, ...(who ? [who] : [])],
    body: event.text ? `“${event.text}”` : undefined,
  };
}

export function clusterTooltip(count: number, vetoes: number, t0: number, t1: number): TooltipText {
  const from = formatDay(new Date(t0));
  const to = formatDay(new Date(t1));
  const span = Math.floor(t0 / DAY_MS) === Math.floor(t1 / DAY_MS) ? from : `${from} – ${to}`;
  const vetoText = vetoes ? ` · ${formatCount(vetoes)} veto${vetoes === 1 ? "" : "es"}` : "";
  return {
    title: `${formatCount(count)} events${vetoText}`,
    lines: [span, "Click to zoom in"],
  };
}
