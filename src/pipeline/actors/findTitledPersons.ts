import type { DictionaryEntry } from "./dictionaryEntry";
import type { DictionaryMatch } from "./findDictionaryMentions";
import { nameEndingAfter, nameStartingBefore } from "./nameWords";
import { matchPhrases } from "./phraseTrie";
import { OFFICE_MODIFIERS, officeTrie, type Office } from "./titles";
import { joinable, type Token } from "./tokenize";

/** A person named with an office: "Turkish Prime Minister Recep Tayyip Erdogan", "X, Russia's UN envoy". */
export interface TitledPerson {
  /** The whole phrase that names the person (tokens, `tokenEnd` exclusive). */
  tokenStart: number;
  tokenEnd: number;
  /** The name words within it. */
  nameStart: number;
  nameEnd: number;
  office: Office;
  /** The country or organisation the office belongs to, when the text says. */
  body: DictionaryEntry | null;
}

const DETERMINERS = new Set(["a", "an", "the"]);
/** Words that link an office to its country after it: "President of Syria", "spokesman for the Russian ministry". */
const LINKS = new Set(["of", "for", "the", "to", "at"]);

/**
 * Persons introduced by an office: office then name ("Foreign Minister Ahmet Davutoglu",
 * "spokeswoman Victoria Nuland", "Britain's UN envoy Jane Doe") or name, comma, office
 * (apposition: "Vitaly Churkin, Russia's ambassador to the UN"). The country comes
 * from the words before the office (an adjective, a possessive, a metonym such as
 * "Kremlin spokesman") or just after it ("President of Syria").
 */
export function findTitledPersons(text: string, tokens: readonly Token[], matches: readonly DictionaryMatch[]): TitledPerson[] {
  const matchEndingAt = new Map(matches.map((m) => [m.tokenEnd, m]));
  const matchStartingAt = new Map(matches.map((m) => [m.tokenStart, m]));
  const found: TitledPerson[] = [];
  const keyAt = (i: number) => tokens[i]!.key;
  const continues = (i: number) => joinable(text, tokens[i - 1]!, tokens[i]!);

  for (let i = 0; i < tokens.length; i++) {
    const [best] = matchPhrases(officeTrie(), i, tokens.length, keyAt, continues);
    if (!best) continue;
    const office = best.values[0]!;
    const officeEnd = i + best.length;
    const left = leftContext(text, tokens, i, matchEndingAt);
    const body = left.body ?? rightBody(tokens, officeEnd, matchStartingAt);

    const nameEnd = tokens[officeEnd] && joinable(text, tokens[officeEnd - 1]!, tokens[officeEnd]!)
      ? nameEndingAfter(text, tokens, officeEnd)
      : officeEnd;
    if (nameEnd > officeEnd && !tokens[officeEnd - 1]!.possessive) {
      found.push({ tokenStart: left.start, tokenEnd: nameEnd, nameStart: officeEnd, nameEnd, office, body });
      i = nameEnd - 1;
      continue;
    }
    const apposition = appositionName(text, tokens, left.start);
    if (apposition) found.push({ tokenStart: apposition.start, tokenEnd: apposition.end, nameStart: apposition.start, nameEnd: apposition.end, office, body });
    i = officeEnd - 1;
  }
  return found;
}

/**
 * Walks left from the office over modifiers ("former", "deputy") and one country or
 * organisation phrase ("Turkish", "Russia's", "Kremlin", "UN"), returning where the
 * titled phrase starts and the body found.
 */
function leftContext(
  text: string,
  tokens: readonly Token[],
  officeStart: number,
  matchEndingAt: ReadonlyMap<number, DictionaryMatch>,
): { start: number; body: DictionaryEntry | null } {
  let start = officeStart;
  let body: DictionaryEntry | null = null;
  while (start > 0) {
    const previous = tokens[start - 1]!;
    if (!joinable(text, previous, tokens[start]!) && !previous.possessive) break;
    if (OFFICE_MODIFIERS.has(previous.key)) {
      start--;
      continue;
    }
    const match = matchEndingAt.get(start);
    const hit = match?.hits.find((h) => h.entry.kind !== "person");
    if (!match || !hit) break;
    // "Britain's UN envoy": the country, not the UN, is the body; keep walking once
    if (body === null || body.kind === "organization") body = hit.entry;
    start = match.tokenStart;
    if (hit.entry.kind === "country") break;
  }
  return { start, body };
}

/** "President of Syria", "spokesman for the Russian foreign ministry": a country within a few words after. */
function rightBody(tokens: readonly Token[], officeEnd: number, matchStartingAt: ReadonlyMap<number, DictionaryMatch>): DictionaryEntry | null {
  if (!tokens[officeEnd] || !LINKS.has(tokens[officeEnd]!.key)) return null;
  for (let i = officeEnd + 1; i < Math.min(tokens.length, officeEnd + 4); i++) {
    const hit = matchStartingAt.get(i)?.hits.find((h) => h.entry.kind === "country");
    if (hit) return hit.entry;
    if (!LINKS.has(tokens[i]!.key)) return null;
  }
  return null;
}

/** "Jane Doe, a spokesperson …": the name before a comma that precedes the office phrase. */
function appositionName(text: string, tokens: readonly Token[], phraseStart: number): { start: number; end: number } | null {
  let i = phraseStart;
  if (i > 0 && DETERMINERS.has(tokens[i - 1]!.key)) i--;
  const comma = tokens[i - 1];
  if (!comma || !/^\s*,\s*$/.test(text.slice(comma.end, tokens[i]!.start))) return null;
  const start = nameStartingBefore(text, tokens, i);
  return start < i ? { start, end: i } : null;
}
