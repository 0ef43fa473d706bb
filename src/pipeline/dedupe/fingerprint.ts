import { hashString, mix } from "./hash32";
import { normalisedWords } from "./normalisedWords";

/** Word n-grams compared between copies; five words rarely repeat by chance between different stories. */
export const SHINGLE_WORDS = 5;
/** MinHash signature length: the Jaccard estimate has a standard error of at most 0.5/√128 ≈ 0.044. */
export const SIGNATURE_LENGTH = 128;

/** A compact summary of a text's word shingles, to compare documents without keeping them. */
export interface Fingerprint {
  /** For each of SIGNATURE_LENGTH hash functions, the least hash over the shingle set. */
  signature: Uint32Array;
  /** Number of distinct shingles. */
  shingles: number;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15));

/**
 * The MinHash fingerprint of a text's 5-word shingles. Two fingerprints agree in a share
 * of positions that estimates the Jaccard similarity of the shingle sets.
 */
export function fingerprint(text: string): Fingerprint {
  const shingles = shingleHashes(normalisedWords(text));
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const value = mix(shingle ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return { signature, shingles: shingles.size };
}

function shingleHashes(words: readonly string[]): Set<number> {
  const wordHashes = words.map(hashString);
  const shingles = new Set<number>();
  const last = Math.max(1, wordHashes.length - SHINGLE_WORDS + 1);
  for (let start = 0; start < last && start < wordHashes.length; start++) {
    let hash = 0;
    for (let i = start; i < Math.min(start + SHINGLE_WORDS, wordHashes.length); i++) {
      hash = mix(hash ^ wordHashes[i]!);
    }
    shingles.add(hash);
  }
  return shingles;
}

/** The share of positions where two signatures agree: an estimate of Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_LENGTH;
}
