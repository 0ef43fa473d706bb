/**
 * A person's name in a speaker phrase that the actor recognition did not know:
 * "Mireille Fontaine, who teaches…, told", "Mr. Henry Cabot Lodge, the United States
 * delegate, said", "French ambassador Nicolas de Riviere told". The name is the run
 * of capitalised words (with name particles such as "de", "al", "van") that ends the
 * phrase, after its titles and honorifics; it needs two words, so a lone capitalised
 * word ("Officials", "Washington") is never taken for a person.
 */
import type { ArticleView } from "./articleView";
import { capitalNameBefore, normalCaseName, type Conjunct } from "./speakerPhrase";
import { GROUP_NOUNS, TITLE_WORDS } from "./speakerWords";
import { DOTTED_NOT_INITIALS, NAME_PARTICLES } from "../actors/nameWords";
import { isNameCased, tokenAfter, type Token } from "./textTokens";

const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "m", "mme", "prof"]);
/** All-capital words are acronyms and datelines (UN, AFP, MUNICH), not names. */
const ACRONYM = /^[\p{Lu}.]{2,}$/u;
/** Initials inside a name ("Yakov A. Malik", "T.S. Tirumurti"), but not "U.S." or "U.N.". */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

function isInitials(token: Token): boolean {
  return INITIALS.test(token.text) && !DOTTED_NOT_INITIALS.has(token.text.replaceAll(".", "").toLowerCase());
}
const WEEKDAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function isNameWord(token: Token): boolean {
  const word = token.text.replace(/['’]s$/, "");
  return (
    isNameCased(word) &&
    !ACRONYM.test(word) &&
    !WEEKDAY_OR_MONTH.test(word) &&
    !TITLE_WORDS.has(word.toLowerCase()) &&
    // "The Arab States had shown…": a group, not a person.
    !GROUP_NOUNS.has(word.toLowerCase()) &&
    !isHonorific(word)
  );
}

function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ""));
}

export function unrecognizedName(view: ArticleView, part: Conjunct): string | null {
  // "RIYAD MANSOUR, Permanent Observer of Palestine, said": a UN meetings-coverage name in capitals.
  const capital = capitalNameBefore(view, part.end, 0);
  if (capital && capital.start === part.start) return normalCaseName(capital.words);
  const tokens: Token[] = [];
  for (let t = tokenAfter(view, part.start, part.end); t; t = tokenAfter(view, t.end, part.end)) {
    if (t.kind === "word") tokens.push(t);
  }
  let first = tokens.length;
  while (first > 0) {
    const token = tokens[first - 1]!;
    const inner = first < tokens.length;
    const particle = NAME_PARTICLES.has(token.text.toLowerCase()) && inner;
    if (!isNameWord(token) && !particle && !(inner && isInitials(token))) break;
    // "Brazil's Sérgio França Danese": a possessive before the name is its owner, not part of it.
    if (inner && isPossessiveEnd(token)) break;
    first--;
  }
  const run = tokens.slice(first);
  while (run[0] && !isNameWord(run[0]) && !isInitials(run[0])) run.shift();
  // "Mrs Thatcher": an honorific makes a lone capitalised word a person's name.
  const honorific = tokens[first - 1];
  if (run.length === 1 && honorific && isHonorific(honorific.text)) run.unshift(honorific);
  if (run.length < 2 || run.some((t) => view.mentionsWithin(t.start, t.end).length > 0)) return null;
  if (isPossessiveEnd(run.at(-1)!)) return null;
  return view.text.slice(run[0]!.start, run.at(-1)!.end);
}

function isPossessiveEnd(token: Token): boolean {
  return /['’]s?$/.test(token.text);
}
