/**
 * The speech verbs that introduce a statement, with how their complement reads.
 *
 * - `clause`: the complement is the claim itself, with or without "that" ("said Russia
 *   must…", "stressed that…"). The verb is left out of the statement text.
 * - `object`: the complement is an object or a to-infinitive ("defended the veto",
 *   "called on the West to refrain"); the text keeps the verb, since the claim makes no
 *   sense without it. A following "that" turns any verb into `clause` ("warned that…").
 * - `tell`: like `clause`, after an audience ("told reporters", "told the council").
 *
 * Verbs that are mostly about acts rather than words (agree, discuss, support, block)
 * are deliberately absent: precision matters more than recall for statements.
 */

export type CueKind = "clause" | "object" | "tell";

export interface CueVerb {
  /** The base form ("say"), used for present-tense summaries. */
  base: string;
  kind: CueKind;
}

/** `base` or `base:irregular,forms` (forms that regular inflection would get wrong). */
const CLAUSE_VERBS = [
  "say:says,said,saying", "add", "stress", "note", "insist", "claim", "declare", "announce", "assert", "argue",
  "explain", "emphasize", "emphasise", "underline", "underscore", "reiterate", "acknowledge", "admit:admits,admitted,admitting",
  "confirm", "reveal", "point out:points out,pointed out,pointing out", "maintain", "predict", "complain", "recall",
  "remark", "reply:replies,replied,replying", "respond", "write:writes,wrote,writing", "tweet", "state", "concede",
  "allege", "contend", "observe", "caution", "counter", "suggest", "warn", "report", "charge", "lament",
];
const OBJECT_VERBS = [
  "call on:calls on,called on,calling on", "call for:calls for,called for,calling for", "urge", "defend", "dismiss",
  "reject", "condemn", "criticize", "criticise", "welcome", "praise", "denounce", "slam:slams,slammed,slamming", "echo:echoes,echoed,echoing",
  "accuse", "demand", "appeal", "reaffirm", "hail", "deny:denies,denied,denying", "voice", "express", "describe", "blame",
  "vow", "pledge", "promise", "threaten", "ask", "question", "thank", "brush off:brushes off,brushed off,brushing off",
  "call:calls,called,calling",
];
const TELL_VERBS = ["tell:tells,told,telling", "assure", "inform", "brief"];

function regularForms(base: string): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const third = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`;
  return [third, `${stem}ed`, `${stem}ing`];
}

/**
 * Base forms that read as verbs after a plural subject ("officials say"). The others are
 * nouns too often ("state television", "a claim", "the call") to count on their own.
 */
const BASE_FORM_CUES = new Set(["say", "tell", "add", "insist", "warn", "urge", "argue", "stress", "deny", "reject", "condemn", "accuse", "blame"]);

function buildLexicon(): Map<string, CueVerb> {
  const lexicon = new Map<string, CueVerb>();
  const add = (entries: readonly string[], kind: CueKind) => {
    for (const entry of entries) {
      const [base = "", irregular] = entry.split(":");
      const forms = irregular ? irregular.split(",") : regularForms(base);
      for (const form of BASE_FORM_CUES.has(base) ? [base, ...forms] : forms) lexicon.set(form, { base, kind });
    }
  };
  add(CLAUSE_VERBS, "clause");
  add(OBJECT_VERBS, "object");
  add(TELL_VERBS, "tell");
  return lexicon;
}

export const CUE_LEXICON: ReadonlyMap<string, CueVerb> = buildLexicon();

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/** One alternation of every form, longest first so "called on" beats "called". */
export const CUE_PATTERN = new RegExp(
  `\\b(?:${[...CUE_LEXICON.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})\\b`,
  "g",
);

/**
 * "call" speaks only when it judges an object: "called the veto “regrettable”", "called it
 * a disgrace", "called the resolution a reward for terrorism"; not "called a meeting",
 * "called the vote for Friday", "called it off".
 */
const CALL_JUDGES = new RegExp(
  String.raw`^\s+(?:it|them|this|that|(?:the|this|that|these|its|their|his|her|[\p{Lu}][\p{L}.-]*['’]s?)\s+(?:[\p{L}-]+\s+){0,3}?` +
    String.raw`(?:vetoe?s?|resolutions?|drafts?|text|decisions?|move|votes?|outcome|result|attacks?|plans?|proposals?|measures?|actions?|steps?|failure|statements?|reports?|remarks|sanctions|operations?|strikes?|invasion|deals?|agreements?|referendums?|elections?|laws?|bills?|policy|policies|accusations?|claims?|charges?|allegations?))` +
    String.raw`\s+(?:[“"‘']|(?!(?:for|to|on|off|in|up|at|after|by|into|with|from|and|or|was|were|is|are)\b)[\p{Ll}])`,
  "u",
);
/** "called Israel's response “totally disproportionate”": any short object followed by its judgment in quotation marks. */
const CALL_QUOTED_JUDGMENT = new RegExp(
  String.raw`^\s+(?:it|them|this|that|(?:the|this|that|these|its|their|his|her|[\p{Lu}][\p{L}.-]*['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+[“"]`,
  "u",
);
const CALL_GUARD = { test: (following: string) => CALL_JUDGES.test(following) || CALL_QUOTED_JUDGMENT.test(following) };
/** "asked whether his country would accept…": a question, not a statement of the asker. */
const ASK_NOT_QUESTION = /^(?!\s+(?:[^\s,;:“”"]+\s+){0,3}?(?:whether|if|how|what|why|who|when|where)\b)/;
const GUARDS = new Map<string, { test(following: string): boolean }>([["call", CALL_GUARD], ["ask", ASK_NOT_QUESTION]]);

/** Whether the words after a verb fit it as a speech verb (see CALL_JUDGES). */
export function cueFits(verb: CueVerb, following: string): boolean {
  return GUARDS.get(verb.base)?.test(following) ?? true;
}

export function cueVerb(form: string): CueVerb | undefined {
  return CUE_LEXICON.get(form.toLowerCase().replace(/\s+/g, " "));
}

/** Forms that only continue an earlier clause (", adding that…", ", saying…"). */
export function isParticiple(form: string): boolean {
  return /ing$/.test(form.split(/\s+/)[0] ?? "");
}

export function thirdPerson(base: string): string {
  const [verb = "", ...rest] = base.split(" ");
  const inflected = /[^aeiou]y$/.test(verb)
    ? `${verb.slice(0, -1)}ies`
    : /(?:s|sh|ch|x|z|o)$/.test(verb)
      ? `${verb}es`
      : verb === "say"
        ? "says"
        : `${verb}s`;
  return [inflected, ...rest].join(" ");
}
