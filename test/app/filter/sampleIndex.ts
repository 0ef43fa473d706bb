/**
 * A small, hand-made event file for the panel tests: two Russians, a Chinese diplomat,
 * two country actors, an organisation, statements and vetoes over February 2012.
 */
import type { Actor, EventFile, TimelineEvent } from "../../../src/model";
import { validateEventFile } from "../../../src/model";
import { buildEventIndex, type EventIndex } from "../../../src/app/data/eventIndex";

export const ACTORS: Actor[] = [
  { id: "RUS", name: "Russia", kind: "country", country: "RUS" },
  { id: "CHN", name: "China", kind: "country", country: "CHN" },
  {
    id: "sergey-lavrov",
    name: "Sergey Lavrov",
    kind: "person",
    country: "RUS",
    roles: [{ title: "Foreign Minister of Russia", from: "2004-03-09" }],
  },
  {
    id: "vladimir-putin",
    name: "Vladimir Putin",
    kind: "person",
    country: "RUS",
    roles: [
      { title: "Prime Minister of Russia", from: "2008-05-08", to: "2012-05-07" },
      { title: "President of Russia", from: "2012-05-07" },
    ],
  },
  { id: "li-baodong", name: "Li Baodong", kind: "person", country: "CHN" },
  { id: "un-security-council", name: "UN Security Council", kind: "organization" },
  { id: "michelle-bachelet", name: "Michelle Bachélet", kind: "person" },
];

function event(partial: Partial<TimelineEvent> & Pick<TimelineEvent, "id" | "date">): TimelineEvent {
  return {
    type: "statement",
    subtype: "direct",
    datePrecision: "day",
    dateBasis: "explicit",
    actors: [],
    text: "",
    summary: "",
    evidence: [{ article: "a-1", sentence: "A sentence.", start: 0, end: 11 }],
    confidence: 0.9,
    ...partial,
  };
}

export const EVENTS: TimelineEvent[] = [
  event({
    id: "e-veto",
    date: "2012-02-04",
    type: "veto",
    subtype: "cast",
    actors: [{ id: "RUS", role: "vetoing" }, { id: "CHN", role: "vetoing" }],
    text: "Russia and China vetoed the draft resolution on Syria.",
    summary: "Russia and China veto Syria draft",
  }),
  event({
    id: "e-lavrov",
    date: "2012-02-07",
    actors: [{ id: "sergey-lavrov", role: "speaker" }],
    text: "The resolution was unbalanced.",
    summary: "Lavrov calls the draft unbalanced",
  }),
  event({
    id: "e-putin",
    date: "2012-02-08",
    subtype: "reported",
    actors: [{ id: "vladimir-putin", role: "speaker" }],
    text: "Putin said the West was rushing to intervene.",
    summary: "Putin criticises the West",
  }),
  event({
    id: "e-li",
    date: "2012-02-06",
    datePrecision: "week",
    dateBasis: "relative",
    dateEnd: "2012-02-12",
    dateText: "earlier this week",
    actors: [{ id: "li-baodong", role: "speaker" }],
    text: "China opposed any forced regime change.",
    summary: "Li Baodong explains China's vote",
  }),
  event({
    id: "e-threat",
    date: "2012-01-31",
    type: "veto",
    subtype: "threatened",
    actors: [{ id: "RUS", role: "vetoing" }],
    text: "Russia signalled it would block the text.",
    summary: "Russia threatens a veto",
  }),
  event({
    id: "e-bachelet",
    date: "2012-02-10",
    actors: [{ id: "michelle-bachelet", role: "speaker" }, { id: "un-security-council", role: "target" }],
    text: "The Council must act.",
    summary: "Bachélet urges the Council",
  }),
];

export const SAMPLE_FILE: EventFile = {
  schemaVersion: 1,
  articles: [
    {
      id: "a-1",
      title: "Russia and China block UN action",
      source: "Example News",
      url: "https://example.org/story",
      published: "2012-02-08",
      files: ["000.txt"],
      text: "A sentence. And more.",
    },
  ],
  actors: ACTORS,
  events: EVENTS,
};

export function sampleIndex(): EventIndex {
  const result = validateEventFile(SAMPLE_FILE);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return buildEventIndex(result.value);
}

/** Ids of the events at the given positions, for readable assertions. */
export function idsAt(index: EventIndex, positions: ArrayLike<number>): string[] {
  return Array.from(positions, (p) => index.events[p]!.id);
}
