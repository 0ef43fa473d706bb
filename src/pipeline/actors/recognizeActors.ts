import type { Role } from "../../model";
import type { ActorRecognition, Mention, Segmentation } from "../types";
import { ArticleCast } from "./articleCast";
import { caseFits } from "./caseFits";
import { countryPhrase } from "./countryPhrase";
import { loadDictionary, type AliasHit, type Dictionary } from "./dictionary";
import type { DictionaryEntry } from "./dictionaryEntry";
import { findDictionaryMentions, type DictionaryMatch } from "./findDictionaryMentions";
import { findTitledPersons, type TitledPerson } from "./findTitledPersons";
import { kebabId } from "./kebabId";
import { isNameWord } from "./nameWords";
import { matchPhrases } from "./phraseTrie";
import { pickEntry } from "./pickEntry";
import { roleOn } from "../../model/roleOn";
import { officeTitle } from "./titles";
import { selectNonOverlapping } from "./selectNonOverlapping";
import { joinable, tokenize, type Token } from "./tokenize";

interface Candidate {
  start: number;
  end: number;
  match?: DictionaryMatch;
  titled?: TitledPerson;
}

/**
 * Finds the people, countries and organisations an article names. Dictionary phrases
 * and office-introduced persons compete for the text (longest wins); persons named by
 * their full name are resolved first so that a bare surname elsewhere ("Lavrov") refers
 * to them; finally uncovered repeats of those names become mentions too.
 *
 * `segmentation` is used only to know where sentences start: a lone capitalised word
 * there is not taken for a name by apposition.
 */
export function recognizeActors(
  text: string,
  segmentation: Segmentation,
  published: string | null,
  dictionary: Dictionary = loadDictionary(),
): ActorRecognition {
  const tokens = tokenize(text);
  const matches = findDictionaryMentions(text, tokens, dictionary);
  const sentenceStarts = new Set(segmentation.sentences.map((s) => s.start));
  const titled = findTitledPersons(text, tokens, matches).filter(
    (p) => !(p.nameStart === p.tokenStart && p.nameEnd - p.nameStart === 1 && sentenceStarts.has(tokens[p.nameStart]!.start)),
  );
  const chosen = selectNonOverlapping<Candidate>([
    ...matches.map((match) => ({ ...spanOf(tokens, match.tokenStart, match.tokenEnd), match })),
    ...titled.map((person) => ({ ...spanOf(tokens, person.tokenStart, person.tokenEnd), titled: person })),
  ]);

  const cast = new ArticleCast();
  const resolved = new Map<Candidate, Mention>();
  // full names first, so that surnames and ambiguous aliases can refer back to them
  const byStrength = [...chosen].sort((a, b) => strength(b, tokens) - strength(a, tokens) || a.start - b.start);
  for (const candidate of byStrength) {
    const mention = candidate.titled
      ? resolveTitled(text, tokens, candidate.titled, candidate, dictionary, cast, published)
      : resolveMatch(tokens, candidate.match!, candidate, cast, published);
    if (mention) resolved.set(candidate, mention);
  }
  const mentions = [...resolved.values(), ...refersBack(text, tokens, [...resolved.values()], cast)];
  mentions.sort((a, b) => a.start - b.start);
  const actors = [...cast.actors.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { mentions, actors };
}

function spanOf(tokens: readonly Token[], from: number, to: number): { start: number; end: number } {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/** Titled persons, then multi-word names, then single words. */
function strength(candidate: Candidate, tokens: readonly Token[]): number {
  if (candidate.titled) return 3;
  const match = candidate.match!;
  return match.tokenEnd - match.tokenStart > 1 && tokens[match.tokenStart] ? 2 : 1;
}

function resolveMatch(
  tokens: readonly Token[],
  match: DictionaryMatch,
  span: { start: number; end: number },
  cast: ArticleCast,
  published: string | null,
): Mention | null {
  const entry = pickEntry(unique(match.hits.map((h) => h.entry)), cast, published);
  if (!entry) return null;
  const hit = match.hits.find((h) => h.entry === entry)!;
  cast.addEntry(entry);
  if (entry.kind === "person") cast.rememberName(entry.id, tokens.slice(match.tokenStart, match.tokenEnd));
  return { ...span, actorId: entry.id, via: hit.form === "metonym" ? "metonym" : "dictionary" };
}

function resolveTitled(
  text: string,
  tokens: readonly Token[],
  person: TitledPerson,
  span: { start: number; end: number },
  dictionary: Dictionary,
  cast: ArticleCast,
  published: string | null,
): Mention | null {
  const nameTokens = tokens.slice(person.nameStart, person.nameEnd);
  const country = person.body?.kind === "country" ? person.body.id : person.body?.country;
  const place = person.body ? (person.body.kind === "country" ? countryPhrase(person.body.name) : `the ${person.body.name}`) : null;
  const title = place ? officeTitle(person.office, place) : person.office.title;
  const role: Role = published ? { title, from: published, to: published } : { title };

  const known = knownPerson(text, tokens, person, dictionary, cast, published);
  if (known) {
    const { entry, words } = known;
    cast.addEntry(entry);
    if (!published || roleOn(entry, published) === null) cast.addPerson(entry.id, entry.name, country, role);
    cast.rememberName(entry.id, nameTokens.slice(0, words));
    const end = person.nameStart === person.tokenStart ? span.end : tokens[person.nameStart + words - 1]!.end;
    return { start: span.start, end, actorId: entry.id, via: "pattern" };
  }
  const referred = nameTokens.length === 1 ? referBack(cast, nameTokens[0]!) : null;
  if (referred === null && inTitleCaseLine(text, span.start)) return null;
  const name = text.slice(nameTokens[0]!.start, nameTokens.at(-1)!.end);
  const id = referred ?? kebabId(name);
  if (id === "") return null;
  cast.addPerson(id, name, country, role);
  cast.rememberName(id, nameTokens);
  return { ...span, actorId: id, via: "pattern" };
}

/**
 * The dictionary person named by the name words, or by their longest leading part
 * ("PM Medvedev Warns" in a headline is Medvedev), with the number of words used.
 */
function knownPerson(
  text: string,
  tokens: readonly Token[],
  person: TitledPerson,
  dictionary: Dictionary,
  cast: ArticleCast,
  published: string | null,
): { entry: DictionaryEntry; words: number } | null {
  dictionary.prepare(tokens[person.nameStart]!.key);
  const matches = matchPhrases(
    dictionary.trie,
    person.nameStart,
    person.nameEnd,
    (i) => tokens[i]!.key,
    (i) => joinable(text, tokens[i - 1]!, tokens[i]!),
  );
  for (const match of matches) {
    const persons = match.values.filter(
      (hit: AliasHit) => hit.entry.kind === "person" && hit.cases.every((rule, k) => caseFits(tokens[person.nameStart + k]!.text, rule)),
    );
    const entry = pickEntry(unique(persons.map((h) => h.entry)), cast, published);
    if (entry) return { entry, words: match.length };
  }
  return null;
}

/**
 * Headlines capitalise every word ("Russia’s PM Medvedev Warns US"): there a run of
 * capitals after a title is no evidence of a name, so unknown persons are not made up.
 */
function inTitleCaseLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf("\n", offset) + 1;
  const lineEnd = text.indexOf("\n", offset);
  const words = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  return content.length >= 3 && content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.8;
}

function referBack(cast: ArticleCast, token: Token): string | null {
  return cast.names.next.get(token.key)?.values[0] ?? null;
}

/**
 * Names of persons met in the article, repeated where nothing else matched: "Davutoglu"
 * after "Foreign Minister Ahmet Davutoglu", "Jane Doe" after "spokeswoman Jane Doe".
 */
function refersBack(text: string, tokens: readonly Token[], mentions: readonly Mention[], cast: ArticleCast): Mention[] {
  const covered = coveredTokens(tokens, mentions);
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isNameWord(tokens[i]!)) continue;
    const [best] = matchPhrases(cast.names, i, tokens.length, (k) => tokens[k]!.key, (k) => joinable(text, tokens[k - 1]!, tokens[k]!) && !covered[k]);
    if (!best) continue;
    const end = i + best.length;
    const next = tokens[end];
    // "Lavrov" inside an unknown longer name ("Anna Lavrov") is someone else
    if ((next && isNameWord(next) && joinable(text, tokens[end - 1]!, next)) || (i > 0 && isNameWord(tokens[i - 1]!) && joinable(text, tokens[i - 1]!, tokens[i]!))) continue;
    found.push({ ...spanOf(tokens, i, end), actorId: best.values[0]!, via: "pattern" });
    i = end - 1;
  }
  return found;
}

/** Which tokens lie inside a mention; both lists are in text order. */
function coveredTokens(tokens: readonly Token[], mentions: readonly Mention[]): boolean[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const covered = new Array<boolean>(tokens.length).fill(false);
  let m = 0;
  tokens.forEach((token, i) => {
    while (m < sorted.length && sorted[m]!.end <= token.start) m++;
    const mention = sorted[m];
    covered[i] = mention !== undefined && mention.start <= token.start && token.end <= mention.end;
  });
  return covered;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
