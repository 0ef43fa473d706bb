/** Small event files for the timeline tests: only the fields a test cares about are given. */
import type { Actor, EventFile, TimelineEvent } from "../../../src/model";
import { buildEventIndex } from "../../../src/app/data/eventIndex";

export const ACTORS: Actor[] = [
  { id: "RUS", name: "Russia", kind: "country", country: "RUS" },
  { id: "CHN", name: "China", kind: "country", country: "CHN" },
  { id: "USA", name: "United States", kind: "country", country: "USA" },
  { id: "lavrov", name: "Sergei Lavrov", kind: "person", country: "RUS" },
  { id: "medvedev", name: "Dmitry Medvedev", kind: "person", country: "RUS" },
  { id: "clinton", name: "Hillary Clinton", kind: "person", country: "USA" },
  { id: "unsc", name: "UN Security Council", kind: "organization" },
];

let counter = 0;

export function event(partial: Partial<TimelineEvent> & { date: string }): TimelineEvent {
  counter++;
  return {
    id: `e-${String(counter).padStart(5, "0")}`,
    type: "statement",
    subtype: "direct",
    datePrecision: "day",
    dateBasis: "explicit",
    actors: [{ id: "lavrov", role: "speaker" }],
    text: "Regime change is not our job.",
    summary: "Lavrov on regime change",
    evidence: [{ article: "a-1", sentence: "Regime change is not our job.", start: 0, end: 29 }],
    confidence: 0.9,
    ...partial,
  };
}

export function file(events: TimelineEvent[], actors: Actor[] = ACTORS): EventFile {
  return {
    schemaVersion: 1,
    articles: [{ id: "a-1", title: "T", source: "S", url: null, published: "2012-02-08", files: ["a.txt"] }],
    actors,
    events,
  };
}

export const indexOf = (events: TimelineEvent[], actors?: Actor[]) => buildEventIndex(file(events, actors));

export const utc = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
