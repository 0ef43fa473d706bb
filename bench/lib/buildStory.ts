import type { Random } from "./random";
import { CITIES, CUES, MONTHS, OUTLETS, SPEAKERS, TOPICS, VETOERS, WEEKDAYS, type Outlet, type Speaker, type Topic } from "./vocabulary";

/** One generated news story, before it is written out as a file. */
export interface Story {
  outlet: Outlet;
  /** YYYY-MM-DD. */
  published: string;
  title: string;
  url: string;
  paragraphs: string[];
}

const OPENINGS = ["We will not accept", "Nobody can accept", "The council cannot ignore", "We firmly oppose", "We fully support", "History will judge", "This text does nothing about", "Our delegation cannot endorse"];
const OBJECTS = ["any attempt to impose sanctions", "a resolution that prejudges the investigation", "the suffering of civilians", "outside interference in internal affairs", "a text drafted without consultation", "the use of force against a sovereign state", "the humanitarian pause the region needs", "unilateral measures that bypass the council"];
const REASONS = ["because it would only escalate the conflict", "while the investigation is still under way", "as long as the violence continues", "unless all parties are heard", "at a time when dialogue is possible", "given the record of the past decade"];
const CLOSERS = ["The people deserve better.", "We will keep working for a political solution.", "The door to dialogue remains open.", "Silence is not an option.", "The council must act now.", "We will return to this chamber."];
const RELATIVE = ["earlier this week", "last month", "on Monday", "last year", "earlier in the day", "two days ago", "last week"];

/** Builds a story: a lede, quotations and reported speech from several speakers, background and filler. */
export function buildStory(random: Random, words: readonly string[]): Story {
  const outlet = random.pick(OUTLETS);
  const topic = random.pick(TOPICS);
  const year = random.int(1995, 2024);
  const month = random.int(0, 11);
  const day = random.int(1, 28);
  const date = new Date(Date.UTC(year, month, day));
  const weekday = WEEKDAYS[date.getUTCDay()]!;
  const speakers = random.sample(SPEAKERS, random.int(3, 5));
  const vetoer = random.pick(VETOERS);
  const veto = random.chance(0.5);
  const city = random.pick(CITIES);
  const dateline = outlet.dateline.replace("{CITY}", city).replace("{DATE}", `${MONTHS[month]!.slice(0, 3)} ${day}`);

  const lede = veto
    ? `${dateline}${cap(vetoer)} on ${weekday} vetoed a draft Security Council resolution on ${topic.subject}, ${random.pick(["diplomats said", "blocking the text", "the third such veto this year", "drawing sharp criticism"])}.`
    : `${dateline}${speakers[0]!.title} ${speakers[0]!.name} ${random.pick(CUES)} on ${weekday} that ${speakers[0]!.country} ${random.pick(["would veto", "would not support", "strongly backed", "had serious concerns about"])} a draft resolution on ${topic.subject}.`;
  const paragraphs = [lede];
  for (const speaker of speakers) {
    paragraphs.push(quoteParagraph(random, speaker, topic));
    if (random.chance(0.6)) paragraphs.push(reportedParagraph(random, speaker, topic, vetoer));
    paragraphs.push(filler(random, words));
    if (random.chance(0.5)) paragraphs.push(filler(random, words));
  }
  paragraphs.push(
    `The vote was ${random.int(9, 13)} in favour, with ${random.int(0, 4)} abstentions. At least ${random.int(2, 90) * 100} people have been killed since ${random.int(1995, year)}, according to the UN.`,
  );
  paragraphs.push(filler(random, words));
  const title = veto
    ? `${cap(vetoer)} vetoes UN resolution on ${topic.name}`
    : `${speakers[0]!.name.split(" ").pop()} ${random.pick(["warns", "urges", "rejects", "backs"])} council on ${topic.name}`;
  const published = date.toISOString().slice(0, 10);
  return { outlet, published, title, url: `https://${outlet.host}/${published.replace(/-/g, "/")}/${slug(title)}-${random.int(1e5, 1e6)}`, paragraphs };
}

function quoteParagraph(random: Random, speaker: Speaker, topic: Topic): string {
  const first = `${random.pick(OPENINGS)} ${random.pick(OBJECTS)} ${random.pick(REASONS)}`;
  const who = random.chance(0.5) ? speaker.name.split(" ").pop()! : random.pick(["he", "she"]);
  const cue = random.pick(CUES);
  switch (random.int(0, 3)) {
    case 0:
      return `“${first},” ${who} ${cue}.`;
    case 1:
      return `“${first}. ${random.pick(CLOSERS)}” ${who} ${cue} ${random.pick(RELATIVE)}.`;
    case 2:
      return `"${first}," ${who} ${cue}, "and ${random.pick(OBJECTS)} in ${topic.name} ${random.pick(REASONS)}."`;
    default:
      return `${speaker.title} ${speaker.name} ${cue} ${random.pick(RELATIVE)}: “${first}.”`;
  }
}

function reportedParagraph(random: Random, speaker: Speaker, topic: Topic, vetoer: string): string {
  return `${speaker.name.split(" ").pop()} ${random.pick(CUES)} that ${vetoer} had ${random.pick(["blocked", "threatened to veto", "opposed", "welcomed"])} ${random.pick(OBJECTS)} on ${topic.name} ${random.pick(RELATIVE)}, ${random.pick(REASONS)}.`;
}

/** Background prose from a real vocabulary: what makes unrelated stories share few word runs. */
function filler(random: Random, words: readonly string[]): string {
  const count = random.int(18, 40);
  const out = Array.from({ length: count }, () => random.pick(words));
  return `${cap(out.join(" "))}.`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
