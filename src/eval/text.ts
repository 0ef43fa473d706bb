/**
 * Text comparison for scoring. The pipeline cleans, re-quotes and re-segments the text,
 * so gold and output are compared as bags of normalised words, never as raw strings.
 */

/**
 * Function words carry no content: without them two different quotes of one speaker
 * would share half their tokens ("the", "of", "to") and look alike.
 */
const STOPWORDS = new Set(
  (
    "a an and are as at be been but by for from had has have he her his i in is it its of on or " +
    "our she that the their them they this to was we were which will with would you"
  ).split(" "),
);

/**
 * Lower case, accents stripped ("Davutoğlu" → "davutoglu"), only letters and digits kept.
 * The pipeline's merge key folds the same way; the scorer keeps its own copy on purpose, so
 * that a change or a bug in the system under test cannot change how it is measured.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Every folded word, in order (punctuation, quotes and markup separate words). */
export function words(text: string): string[] {
  const folded = fold(text);
  return folded === "" ? [] : folded.split(" ");
}

/** Content words: folded, without function words and one-letter leftovers ("Russia's" → "russia"). */
export function contentWords(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length > 1 && !STOPWORDS.has(w)));
}

/** Share of `part`'s content words that also occur in `whole` (0 when `part` has none). */
export function containment(part: string, whole: string): number {
  const needles = contentWords(part);
  if (needles.size === 0) return 0;
  const hay = contentWords(whole);
  let found = 0;
  for (const w of needles) if (hay.has(w)) found++;
  return found / needles.size;
}

/** True when `needle`'s words occur contiguously, in order, within `hay`'s words. */
export function containsWords(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
