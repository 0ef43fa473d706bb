/**
 * Finds the speaker phrase of a speech verb: the subject before it ("Russian Foreign
 * Minister Sergei Lavrov earlier on Wednesday called on…"), after it in inverted
 * attributions ("…,” said Lavrov."), or across an appositive ("Vassily Nebenzia,
 * Russia's ambassador to the UN, told the council"). The phrase is only located here;
 * resolveSpeakers turns it into actors.
 */
import type { Mention, Span } from "../types";
import type { ArticleView } from "./articleView";
import { CLAUSE_OPENERS, NEGATIONS, TITLE_WORDS, VERB_ADJUNCTS } from "./speakerWords";
import { NAME_PARTICLES } from "../actors/nameWords";
import { isCapitalized, isNameCased, isPossessive, tokenAfter, tokenBefore, type Token } from "./textTokens";

/** One of the coordinated parts of a speaker phrase ("Davutoglu and his Russian counterpart Sergei Lavrov"). */
export interface Conjunct extends Span {
  mentions: Mention[];
  /** Lower-cased words, possessive endings kept ("russia's"). */
  words: string[];
  /** Capitalised words of the phrase, in order, as written. */
  names: string[];
  /**
   * UN meetings-coverage style "JOHN R. BOLTON (United States) said": the all-capital
   * name, written in normal case ("John R. Bolton"); the mentions are the parenthesis's.
   */
  capitalName?: string;
}

export interface SpeakerPhrase extends Span {
  conjuncts: Conjunct[];
  pronoun?: "he" | "she" | "it" | "they";
}

const PRONOUNS = new Map<string, SpeakerPhrase["pronoun"]>([
  ["he", "he"], ["she", "she"], ["it", "it"], ["they", "they"],
]);
/** A speaker phrase longer than this is a clause the grammar misread. */
const MAX_PHRASE_WORDS = 14;
const MAX_APPOSITIVE_TOKENS = 40;
/** Adjunct words allowed between an inverted subject and the end of its clause. */
const AFTER_INVERTED = new Set([",", ".", "!", "?", ";", ":", "on", "in", "at", "during", "after", "late", "earlier", "told", "adding", "saying"]);

function isPhraseWord(view: ArticleView, token: Token): boolean {
  if (token.kind !== "word") return false;
  if (isNameCased(token.text) || isPossessive(token.text)) return true;
  if (TITLE_WORDS.has(token.text.toLowerCase())) return true;
  // A name particle between two name words: "Anouk de Vries", "Jaime de Pinies".
  if (NAME_PARTICLES.has(token.text) && isNameCased(tokenAfter(view, token.end)?.text ?? "") && isNameCased(tokenBefore(view, token.start)?.text ?? "")) return true;
  // Lower-case parts of a recognised name: "Bashar al-Jaafari", "Nicolas de Riviere".
  return view.mentionAt(token.start) !== undefined || view.mentionsWithin(token.start, token.end).length > 0;
}

function conjunct(view: ArticleView, start: number, end: number): Conjunct | null {
  // Leading determiners and prepositions are no part of the name.
  const words: string[] = [];
  const names: string[] = [];
  let from = start;
  for (let token = tokenAfter(view, start, end); token; token = tokenAfter(view, token.end, end)) {
    if (token.kind !== "word") continue;
    if (words.length === 0 && /^(?:of|for|to|at|in|the|a|an)$/i.test(token.text)) {
      from = token.end;
      continue;
    }
    words.push(token.text.toLowerCase());
    if (isNameCased(token.text)) names.push(token.text);
  }
  if (words.length === 0) return null;
  while (from < end && /\s/.test(view.text[from]!)) from++;
  return { start: from, end, mentions: view.mentionsWithin(from, end), words, names };
}

/** The phrase ending at `end`, walked leftwards; coordination with "and" (and commas in a list). */
function phraseBefore(view: ArticleView, end: number, floor: number, embedded = false): SpeakerPhrase | null {
  const conjuncts: Conjunct[] = [];
  let partEnd = end;
  let partStart = end;
  let sawAnd = false;
  let wordCount = 0;
  for (let token = tokenBefore(view, partStart, floor); token; token = tokenBefore(view, partStart, floor)) {
    const lower = token.text.toLowerCase();
    if (lower === "and" || (token.text === "," && sawAnd)) {
      const part = conjunct(view, partStart, partEnd);
      if (!part) break;
      conjuncts.unshift(part);
      sawAnd = true;
      partEnd = token.start;
      partStart = token.start;
      continue;
    }
    if (!isPhraseWord(view, token) || ++wordCount > MAX_PHRASE_WORDS) break;
    partStart = token.start;
  }
  const last = conjunct(view, partStart, partEnd);
  if (last) conjuncts.unshift(last);
  else if (conjuncts.length > 0) partStart = conjuncts[0]!.start;
  if (conjuncts.length === 0) return null;
  // "members of the Security Council": the phrase complements an unnamed head outside it.
  if (/^(?:of|for)\b/i.test(view.text.slice(partStart, end).trimStart())) return null;
  if (isPlaceOfUnnamed(view, partStart, end, floor)) return null;
  if (!embedded && opensRelativeClause(tokenBefore(view, partStart, floor))) return null;
  // The phrase keeps its determiner ("the Kremlin press service"); conjuncts start at the name.
  return { start: partStart, end, conjuncts };
}

/**
 * "A French diplomat at the UN said": the phrase is where an unnamed speaker works, not the
 * speaker. "Earlier in Moscow Putin said" names its speaker inside the phrase.
 */
function isPlaceOfUnnamed(view: ArticleView, start: number, end: number, floor: number): boolean {
  if (!/^(?:at|in|from|with)\b/i.test(view.text.slice(start, end).trimStart())) return false;
  const before = tokenBefore(view, start, floor);
  if (before?.kind !== "word" || !/^\p{Ll}/u.test(before.text)) return false;
  return !view.mentionsWithin(start, end).some((m) => view.actorOf(m)?.kind === "person");
}

/**
 * "the dialogue that Moscow had pledged to assist", "which the West criticized": in a
 * relative or complement clause the verb is not the sentence's own attribution.
 * Adverbial clauses keep it ("where he said on Wednesday that…").
 */
function opensRelativeClause(token: Token | null): boolean {
  return token?.kind === "word" && CLAUSE_OPENERS.has(token.text.toLowerCase());
}

/** Skips adverbs, auxiliaries and date words between a subject and its verb; null when negated. */
function subjectEnd(view: ArticleView, pos: number, floor: number, dates: readonly Span[]): number | null {
  let end = pos;
  for (;;) {
    const token = tokenBefore(view, end, floor);
    if (!token || token.kind !== "word") return end;
    const lower = token.text.toLowerCase();
    if (NEGATIONS.has(lower) || lower.endsWith("n't")) return null;
    const date = dates.find((d) => d.end === token.end);
    if (date) {
      end = date.start;
      const lead = tokenBefore(view, end, floor);
      if (lead && /^(?:on|late|early|earlier|later)$/i.test(lead.text)) end = lead.start;
      continue;
    }
    if (!VERB_ADJUNCTS.has(lower) && !/^[a-z]+ly$/.test(token.text)) return end;
    end = token.start;
  }
}

function pronounAt(view: ArticleView, token: Token | null, floor: number, embedded = false): SpeakerPhrase | null {
  if (token?.kind !== "word") return null;
  const pronoun = PRONOUNS.get(token.text.toLowerCase());
  if (!pronoun) return null;
  if (!embedded && opensRelativeClause(tokenBefore(view, token.start, floor))) return null;
  return { start: token.start, end: token.end, conjuncts: [], pronoun };
}

/** A phrase that ends in a person's name: a recognised person, or two capitalised words. */
function isNamed(view: ArticleView, phrase: SpeakerPhrase): boolean {
  const last = phrase.conjuncts.at(-1);
  if (!last) return false;
  // "a special representative of Abbas" describes the speaker; it does not name him.
  if (last.words.includes("of") || last.words.includes("for")) return false;
  const person = last.mentions.find((m) => m.end >= last.end - 1 && view.actorOf(m)?.kind === "person");
  const particles = last.words.filter((w) => NAME_PARTICLES.has(w)).length;
  return person !== undefined || (last.names.length >= 2 && last.names.length + particles === last.words.length);
}

/**
 * "Nebenzia, Russia's ambassador to the UN, told": the phrase before the appositive. An
 * appositive may come in parts: an age, a relative clause, a description ("Mirsada
 * Hodžić, 61, who lost her husband in 1995, said"; "Rauf Denktash, who is campaigning
 * …, the breakaway “…” recognised only by Ankara, said").
 */
function acrossAppositive(view: ArticleView, comma: Token, floor: number): SpeakerPhrase | null {
  // "The draft, sponsored by Algeria, Nepal and Senegal, said": the sponsors describe the head; they do not speak.
  const agentive = AGENT_APPOSITIVE.exec(view.text.slice(floor, comma.start));
  if (agentive) return phraseBefore(view, floor + agentive.index, floor);
  let pos = comma.start;
  let parts = 0;
  for (let i = 0; i < MAX_APPOSITIVE_TOKENS; i++) {
    const token = tokenBefore(view, pos, floor);
    if (!token || /^[;:—–()]$/.test(token.text)) return null;
    // "“…,” X said" is a trailing attribution; a quotation inside the appositive is part of it.
    if (token.kind === "quote" && pos === comma.start) return null;
    if (token.text === ",") {
      const first = tokenAfter(view, token.end, comma.start);
      // "Bolivia's representative, Sacha Llorenti, said": the appositive is the name.
      // "Jack Straw, the Foreign Secretary, said": a determiner opens a description, not a name.
      if (parts === 0 && !DETERMINER.test(first?.text ?? "")) {
        const inner = phraseBefore(view, comma.start, token.end);
        if (inner && inner.start <= first!.start && isNamed(view, inner)) return inner;
      }
      const parenthesis = tokenBefore(view, token.start, floor);
      const capital = parenthesis?.text === ")" ? capitalNameWithParenthesis(view, parenthesis, floor) : null;
      if (capital) return capital;
      const phrase = phraseBefore(view, token.start, floor);
      if (phrase && phrase.conjuncts.some((c) => c.mentions.length > 0 || c.names.length >= 2)) return phrase;
      if (!first || !APPOSITIVE_PART.test(first.text) || ++parts >= MAX_APPOSITIVE_PARTS) return null;
    }
    pos = token.start;
  }
  return null;
}

/** An appositive of a thing's makers, up to the verb's comma: ", sponsored by A, B and C". */
const AGENT_APPOSITIVE =
  /\s*,\s*(?:[a-z]+ly\s+)?(?:sponsored|co-sponsored|submitted|drafted|tabled|backed|proposed|introduced|prepared|circulated|put\s+forward)\s+by\s+[^;:“”"()]*$/u;

/** "If Russia has its way, and …, said" is no appositive; these words open one. */
const APPOSITIVE_PART = /^(?:\d{1,3}|who|whose|whom|which|the|a|an)$/i;
const MAX_APPOSITIVE_PARTS = 3;
const DETERMINER = /^(?:the|a|an)$/i;

/**
 * "chaired by Niger's President Mohamed Bazoum, who told the Council that …": a relative
 * "who" speaks for the named person it follows.
 */
function relativeAntecedent(view: ArticleView, who: Token, floor: number): SpeakerPhrase | null {
  const comma = tokenBefore(view, who.start, floor);
  if (comma?.text !== ",") return null;
  const phrase = phraseBefore(view, comma.start, floor, true);
  if (phrase && phrase.conjuncts.length === 1 && isNamed(view, phrase)) return phrase;
  // "explained by Sir John Thomson, Britain's ambassador, who said": the name before the appositive.
  const across = acrossAppositive(view, comma, floor);
  return across && across.conjuncts.length === 1 && isNamed(view, across) ? across : null;
}

/** A word written in capitals: "BOLTON", "AL-NASSER", "SABLIÈRE", an initial "R.". */
const CAPITAL_WORD = /^(?:\p{Lu}[\p{Lu}\p{M}'’\-]*\p{Lu}|\p{Lu}\.)$/u;
const CAPITAL_PARTICLES = new Set([...NAME_PARTICLES].map((p) => p.toUpperCase()));
const MAX_PARENTHESIS_TOKENS = 10;

/** "JEAN-MARC DE LA SABLIÈRE" → "Jean-Marc de la Sablière". */
export function normalCaseName(words: readonly string[]): string {
  return words
    .map((word, i) =>
      i > 0 && CAPITAL_PARTICLES.has(word)
        ? word.toLowerCase()
        : word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase()),
    )
    .join(" ");
}

/**
 * The all-capital name run that ends at `end` ("JOHN R. BOLTON", "RIYAD MANSOUR"): at least
 * two words, two of them more than an initial, none a recognised actor, opening its
 * sentence or following a comma. Null otherwise.
 */
export function capitalNameBefore(view: ArticleView, end: number, floor: number): { start: number; words: string[] } | null {
  const words: string[] = [];
  let start = end;
  for (let token = tokenBefore(view, start, floor); token?.kind === "word" && CAPITAL_WORD.test(token.text); token = tokenBefore(view, start, floor)) {
    words.unshift(token.text);
    start = token.start;
  }
  if (words.length < 2 || words.length > 6 || words.filter((w) => !w.endsWith(".")).length < 2) return null;
  if (CAPITAL_PARTICLES.has(words[0]!)) return null;
  // A recognised person may be the run or a part of it ("VITALY CHURKIN", "VASSILY A. NEBENZIA",
  // "CAROLYN RODRIGUES-BIRKETT"); any other actor never is ("UNITED NATIONS").
  const mentions = view.mentionsWithin(start, end);
  if (mentions.length > 1 || (mentions[0] && view.actorOf(mentions[0])?.kind !== "person")) return null;
  // The run opens its sentence (the token before ends the one before) or follows a comma.
  const before = tokenBefore(view, start, floor);
  if (before && !/^[,.!?;]$/.test(before.text) && before.kind !== "quote") return null;
  return { start, words };
}

/**
 * "JOHN R. BOLTON (United States) said", "NASSIR AL-NASSER (Qatar), speaking on behalf of
 * …, said": a UN meetings-coverage speaker, an all-capital name with the country or
 * organisation it speaks for in parentheses. `close` is the closing parenthesis.
 */
function capitalNameWithParenthesis(view: ArticleView, close: Token, floor: number): SpeakerPhrase | null {
  if (close.text !== ")") return null;
  let open: Token | null = null;
  let pos = close.start;
  for (let i = 0; i < MAX_PARENTHESIS_TOKENS; i++) {
    const token = tokenBefore(view, pos, floor);
    if (!token || token.kind === "quote" || token.text === ")") return null;
    if (token.text === "(") {
      open = token;
      break;
    }
    pos = token.start;
  }
  if (!open || view.mentionsWithin(open.end, close.start).length === 0) return null;
  const name = capitalNameBefore(view, open.start, floor);
  if (!name) return null;
  const inside = conjunct(view, open.end, close.start);
  if (!inside) return null;
  const part: Conjunct = {
    ...inside,
    start: name.start,
    end: close.end,
    mentions: view.mentionsWithin(name.start, close.end),
    capitalName: normalCaseName(name.words),
  };
  return { start: name.start, end: close.end, conjuncts: [part] };
}

/** The subject written before the verb at `cueStart`, within [floor, cueStart). */
export function subjectBefore(
  view: ArticleView,
  cueStart: number,
  floor: number,
  dates: readonly Span[],
  embedded = false,
): SpeakerPhrase | null {
  const end = subjectEnd(view, cueStart, floor, dates);
  if (end === null) return null;
  const token = tokenBefore(view, end, floor);
  if (!token) return null;
  const pronoun = pronounAt(view, token, floor, embedded);
  if (pronoun) return pronoun;
  if (token.text === ")") return capitalNameWithParenthesis(view, token, floor);
  if (token.text === ",") return acrossAppositive(view, token, floor);
  if (token.text.toLowerCase() === "who") return relativeAntecedent(view, token, floor);
  return phraseBefore(view, end, floor, embedded);
}

/** The subject written after the verb ("…,” said Lavrov, adding…"), within [cueEnd, ceiling). */
export function subjectAfter(view: ArticleView, cueEnd: number, ceiling: number): SpeakerPhrase | null {
  const first = tokenAfter(view, cueEnd, ceiling);
  const pronoun = pronounAt(view, first, 0);
  if (pronoun) return pronoun;
  let end = cueEnd;
  let count = 0;
  let token = first;
  while (
    token &&
    !AFTER_INVERTED.has(token.text.toLowerCase()) &&
    (isPhraseWord(view, token) || token.text.toLowerCase() === "and") &&
    count++ < MAX_PHRASE_WORDS
  ) {
    end = token.end;
    token = tokenAfter(view, token.end, ceiling);
  }
  if (end === cueEnd) return null;
  if (token && !AFTER_INVERTED.has(token.text.toLowerCase())) return null;
  const phrase = phraseBefore(view, end, cueEnd);
  return phrase && phrase.start >= cueEnd ? phrase : null;
}

/**
 * The subject that opens a clause ("Syrian authorities blame … and say …"), for verbs
 * whose own subject is elided. A leading connective with a comma ("Meanwhile,") is skipped.
 */
export function subjectAtStart(view: ArticleView, start: number, ceiling: number): SpeakerPhrase | null {
  let token = tokenAfter(view, start, ceiling);
  const next = token && tokenAfter(view, token.end, ceiling);
  if (token && next?.text === "," && view.mentionsWithin(token.start, token.end).length === 0) {
    token = tokenAfter(view, next.end, ceiling);
  }
  const pronoun = pronounAt(view, token, start);
  if (pronoun) return pronoun;
  let end = -1;
  let count = 0;
  while (token && count++ < MAX_PHRASE_WORDS) {
    if (token.text === "and") {
      const following = tokenAfter(view, token.end, ceiling);
      if (!following || !isPhraseWord(view, following)) break;
    } else if (isPhraseWord(view, token)) {
      end = token.end;
    } else break;
    token = tokenAfter(view, token.end, ceiling);
  }
  // The phrase must be followed by its verb (or an appositive), not by more of a longer noun phrase.
  if (end < 0 || !token || (token.kind !== "word" && token.text !== ",") || isCapitalized(token.text)) return null;
  return phraseBefore(view, end, start);
}
