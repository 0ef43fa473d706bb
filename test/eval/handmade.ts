/**
 * Small hand-made gold and event files for the scorer tests: one story about a veto
 * (two files, raw and clean) and one interview story.
 */
import type { Actor, EventFile, TimelineEvent } from "../../src/model/contract";
import type { GoldFile } from "../../src/eval/gold";

export const gold: GoldFile = {
  corpus: "handmade",
  dir: "test/eval",
  stories: [
    {
      id: "veto-story",
      files: ["a_raw.txt", "a_clean.txt"],
      published: "2024-04-19",
      chrome: { "a_raw.txt": ["Read more: Russia vows to block Ukraine text", "Subscribe"] },
      statements: [
        {
          speaker: ["Robert Wood"],
          subtype: "reported",
          text: "the United States supports a Palestinian state through direct negotiations",
          sentence: "Wood said the United States supports a Palestinian state through direct negotiations.",
          date: "2024-04-18",
        },
        {
          speaker: ["Riyad Mansour"],
          subtype: "direct",
          text: "Our right to self-determination is not up for negotiation",
          sentence: "\"Our right to self-determination is not up for negotiation,\" Mansour said.",
          date: "2024-04-18",
        },
        {
          speaker: ["Western diplomats"],
          subtype: "reported",
          text: "the vote was a foregone conclusion",
          sentence: "Western diplomats have long said the vote was a foregone conclusion.",
          date: "2024-04-19",
          optional: true,
        },
      ],
      vetoes: [
        {
          subtype: "cast",
          countries: ["USA"],
          sentences: ["The United States on Thursday vetoed a draft resolution on Palestinian membership."],
          date: "2024-04-18",
        },
        {
          subtype: "threatened",
          countries: ["USA"],
          sentences: ["Washington had said earlier this week that it would veto the text."],
          date: "2024-04-15",
          dateEnd: "2024-04-19",
        },
      ],
    },
    {
      id: "interview",
      files: ["b.html"],
      published: "2022-02-26",
      chrome: {},
      statements: [
        {
          speaker: ["Sergei Lavrov", "Sergey Lavrov"],
          subtype: "reported",
          text: "Moscow was ready for talks in Minsk",
          sentence: "Lavrov said on Friday Moscow was ready for talks in Minsk.",
          date: "2022-02-25",
        },
      ],
      vetoes: [],
    },
  ],
};

export const actors: Actor[] = [
  { id: "robert-wood", name: "Robert Wood", kind: "person", country: "USA" },
  { id: "riyad-mansour", name: "Riyad Mansour", kind: "person" },
  { id: "sergey-lavrov", name: "Sergey Lavrov", kind: "person", country: "RUS" },
  { id: "USA", name: "United States", kind: "country", country: "USA" },
  { id: "RUS", name: "Russia", kind: "country", country: "RUS" },
];

type Draft = Pick<TimelineEvent, "type" | "subtype" | "date" | "text"> &
  Partial<TimelineEvent> & { actor: string; article: string; sentence: string };

export function event(d: Draft): TimelineEvent {
  const { actor, article, sentence, ...rest } = d;
  return {
    id: `e-${d.text.slice(0, 12)}`,
    datePrecision: "day",
    dateBasis: "explicit",
    actors: [{ id: actor, role: d.type === "veto" ? "vetoing" : "speaker" }],
    summary: d.text.slice(0, 40),
    evidence: [{ article, sentence, start: 0, end: sentence.length }],
    confidence: 0.9,
    ...rest,
  };
}

/** The output a perfect pipeline would write for `gold`. */
export function perfectEvents(): TimelineEvent[] {
  return [
    event({
      type: "statement", subtype: "reported", date: "2024-04-18", actor: "robert-wood", article: "a-1",
      text: "the United States supports a Palestinian state through direct negotiations",
      sentence: "Wood said the United States supports a Palestinian state through direct negotiations.",
    }),
    event({
      type: "statement", subtype: "direct", date: "2024-04-18", actor: "riyad-mansour", article: "a-1",
      text: "Our right to self-determination is not up for negotiation",
      sentence: "“Our right to self-determination is not up for negotiation,” Mansour said.",
    }),
    event({
      type: "veto", subtype: "cast", date: "2024-04-18", actor: "USA", article: "a-1",
      text: "The United States vetoed a draft resolution on Palestinian membership",
      sentence: "The United States on Thursday vetoed a draft resolution on Palestinian membership.",
    }),
    event({
      type: "veto", subtype: "threatened", date: "2024-04-15", dateEnd: "2024-04-19", actor: "USA", article: "a-1",
      text: "Washington would veto the text",
      sentence: "Washington had said earlier this week that it would veto the text.",
    }),
    event({
      type: "statement", subtype: "reported", date: "2022-02-25", actor: "sergey-lavrov", article: "a-2",
      text: "Moscow was ready for talks in Minsk",
      sentence: "Lavrov said on Friday Moscow was ready for talks in Minsk.",
    }),
  ];
}

export function eventFile(events: TimelineEvent[]): EventFile {
  return {
    schemaVersion: 1,
    articles: [
      { id: "a-1", title: "Veto", source: "Wire", url: null, published: "2024-04-19", files: ["a_clean.txt", "a_raw.txt"] },
      { id: "a-2", title: "Interview", source: "Wire", url: null, published: "2022-02-26", files: ["b.html"] },
    ],
    actors,
    events,
  };
}
