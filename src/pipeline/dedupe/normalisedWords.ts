const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower case, without punctuation: what copies of a story have in common. */
export function normalisedWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
