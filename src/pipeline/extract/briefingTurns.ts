/**
 * Press-briefing transcripts (State Department daily briefing, UN noon briefing): a paragraph
 * opened by a speaker label in capitals ("MR. CROWLEY:", "MS. NULAND:", "SPOKESPERSON:") is the
 * speaker's answer, direct speech as a whole: one statement per turn. "Q:" / "QUESTION:"
 * paragraphs are the reporters' questions and never a statement of their own. An article is
 * read as a transcript only when it has both a labelled answer and a question label.
 */
import type { Actor } from "../../model";
import { kebabId } from "../actors/kebabId";
import type { Span } from "../types";
import type { ArticleView } from "./articleView";
import { normalCaseName } from "./speakerPhrase";

export interface BriefingTurn extends Span {
  speaker: Actor;
}

/** "MR. CROWLEY:", "MS. NULAND:", "SECRETARY CLINTON:", "SPOKESPERSON:", "DEPUTY SPOKESPERSON:". */
const ANSWER_LABEL =
  /^[ \t]*(?:(?:MR|MS|MRS|DR)\.?[ \t]+([\p{Lu}][\p{Lu}'’-]+(?:[ \t]+[\p{Lu}][\p{Lu}'’-]+)?)|(?:SECRETARY|AMBASSADOR|UNDER[ \t]+SECRETARY|ASSISTANT[ \t]+SECRETARY)[ \t]+([\p{Lu}][\p{Lu}'’-]+)|((?:DEPUTY[ \t]+|ASSOCIATE[ \t]+)?SPOKESPERSON))[ \t]*:[ \t]*/gmu;
const QUESTION_LABEL = /^[ \t]*(?:Q|QUESTION)[ \t]*:/mu;
const HONORIFICS = /^(?:Mr|Ms|Mrs|Dr|Sir|Secretary|Ambassador|Spokesman|Spokeswoman|Spokesperson)\.?$/;
/** An answer shorter than this ("Yeah.", "We do.") says nothing on its own. */
const MIN_TURN_WORDS = 4;

/**
 * The person a label names: a recognised actor or a name of the article with that surname
 * ("Philip J. Crowley" in the transcript's header), else the surname in normal case. A bare
 * "SPOKESPERSON" is the person the article introduces as spokesperson, if any.
 */
function labelPerson(view: ArticleView, surname: string | undefined, spokesperson: boolean, before: number): Actor | null {
  const preface = view.text.slice(0, before);
  if (surname) {
    const name = normalCaseName(surname.split(/[ \t]+/));
    const last = name.split(" ").at(-1)!;
    const known = [...view.actors.values()].find((a) => a.kind === "person" && a.name.split(" ").at(-1) === last);
    if (known) return known;
    const country = headerCountry(view, before);
    const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const full = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+){1,3})${escaped}(?![\\p{L}])`, "u").exec(view.text);
    const given = (full?.[1] ?? "").trim().split(/[ \t]+/).filter((w) => w && !HONORIFICS.test(w));
    const written = given.length > 0 ? `${given.join(" ")} ${last}` : name;
    return { id: kebabId(written), name: written, kind: "person", ...(country ? { country } : {}) };
  }
  if (!spokesperson) return null;
  // "Stéphane Dujarric, Spokesperson for the Secretary-General" / "Spokesperson Stéphane Dujarric".
  const named =
    /((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}\p{Lu}[\p{L}'’-]+),[ \t]+(?:Deputy[ \t]+|Associate[ \t]+)?Spokesperson\b/u.exec(preface) ??
    /\bSpokesperson[ \t]+((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}\p{Lu}[\p{L}'’-]+)/u.exec(preface);
  if (!named) return null;
  return { id: kebabId(named[1]!), name: named[1]!, kind: "person" };
}

/**
 * The government giving the briefing: a national body named before the speaker's first answer
 * ends ("welcome to the Department of State"), the body's country. A header, when the cleaner
 * kept it, may name the seat of government instead ("Washington, DC"): a country before the
 * first question.
 */
function headerCountry(view: ArticleView, label: number): string | undefined {
  const firstAnswerEnd = view.text.indexOf("\n", label);
  const question = QUESTION_LABEL.exec(view.text)?.index ?? 0;
  for (const mention of view.mentionsWithin(0, firstAnswerEnd < 0 ? view.text.length : firstAnswerEnd)) {
    const actor = view.actorOf(mention);
    if (actor?.kind === "organization" && actor.country) return actor.country;
    if (actor?.kind === "country" && mention.start < question) return actor.id;
  }
  return undefined;
}

/** The country "we" and "our" stand for at `pos`: the one of the answer turn's speaker there. */
export function turnCountryAt(turns: readonly BriefingTurn[], pos: number): string | undefined {
  return turns.find((t) => pos >= t.start && pos < t.end)?.speaker.country;
}

export function briefingTurns(view: ArticleView): BriefingTurn[] {
  const { text } = view;
  if (!QUESTION_LABEL.test(text)) return [];
  const turns: BriefingTurn[] = [];
  const speakers = new Map<string, Actor | null>();
  for (const m of text.matchAll(ANSWER_LABEL)) {
    const label = m[0].trim();
    if (!speakers.has(label)) speakers.set(label, labelPerson(view, m[1] ?? m[2], m[3] !== undefined, m.index));
    const speaker = speakers.get(label);
    if (!speaker) continue;
    const start = m.index + m[0].length;
    const lineEnd = text.indexOf("\n", start);
    let end = lineEnd < 0 ? text.length : lineEnd;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (text.slice(start, end).split(/\s+/).filter(Boolean).length < MIN_TURN_WORDS) continue;
    turns.push({ start, end, speaker });
  }
  return turns;
}
