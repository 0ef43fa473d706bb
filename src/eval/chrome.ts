/**
 * Was an event built from page chrome? Chrome snippets are whole lines or elements
 * (captions, teasers, menus), so an evidence sentence comes from chrome when it lies
 * inside a snippet, or when it swallowed a whole snippet of five words or more (a
 * caption glued to the lead by a cleaner that missed it). Short snippets ("Russia",
 * "Subscribe", "Peace and Security") also occur inside honest sentences and only count
 * in the first way.
 */
import { containsWords, words } from "./text";

export const MIN_SWALLOWED_WORDS = 5;

export function isFromChrome(sentence: string, chrome: readonly string[]): boolean {
  const said = words(sentence);
  if (said.length === 0) return false;
  return chrome.some((snippet) => {
    const furniture = words(snippet);
    if (containsWords(furniture, said)) return true;
    return furniture.length >= MIN_SWALLOWED_WORDS && containsWords(said, furniture);
  });
}
