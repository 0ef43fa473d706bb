import { SIGNATURE_LENGTH, estimatedJaccard, type Fingerprint } from "./fingerprint";
import { mix } from "./hash32";

/**
 * Two copies are the same story when at least half of their 5-word shingles are shared
 * (estimated Jaccard ≥ 0.5). A raw page capture and its clean copy score near 1 once
 * the chrome is gone (seed 000 and 001: 0.95 even when the site's tagline survives);
 * a syndicated copy with a changed intro or a cut ending stays above 0.5. Different
 * stories share quotations and boilerplate background paragraphs only: seed 000 and
 * 002, one outlet a week apart with the same casualty paragraph, score 0.09.
 */
export const DUPLICATE_THRESHOLD = 0.5;
/**
 * LSH banding: 42 bands of 3 rows. Pairs become candidates with probability
 * 1 - (1 - J³)^42: 0.996 at J = 0.5, 0.68 at 0.3, 0.04 at 0.1, so nearly every pair
 * above the threshold is compared while unrelated pairs almost never are.
 */
const ROWS = 3;
const BANDS = Math.floor(SIGNATURE_LENGTH / ROWS);

/**
 * Groups near-duplicate documents. Only signatures are kept (512 bytes a document, in one
 * growing array); the buckets are built when the groups are asked for, one band at a
 * time, by sorting the documents by their band key: a few hundred kilobytes, where a
 * hash map per band cost ~3.5 KB a document. Each document is compared only with those
 * sharing a bucket, so the work grows with the corpus, not with its square. The groups
 * do not depend on arrival order: candidate pairs and the test are symmetric.
 */
export class DuplicateFinder {
  private signatures = new Uint32Array(SIGNATURE_LENGTH * 1024);
  private count = 0;

  /** Adds a document and returns its index. */
  add(fingerprint: Fingerprint): number {
    if ((this.count + 1) * SIGNATURE_LENGTH > this.signatures.length) {
      const grown = new Uint32Array(this.signatures.length * 2);
      grown.set(this.signatures);
      this.signatures = grown;
    }
    this.signatures.set(fingerprint.signature, this.count * SIGNATURE_LENGTH);
    return this.count++;
  }

  /** Indices of the documents grouped by story, each group and the list in ascending order. */
  groups(): number[][] {
    const parent = Int32Array.from({ length: this.count }, (_, i) => i);
    const root = (index: number): number => {
      let i = index;
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    // each entry is a band key times 2^indexBits plus a document index, so a plain numeric sort
    // of a Float64Array makes the buckets runs; past 2^21 documents the keys lose low bits to
    // stay within 53 bits, which only adds candidate pairs (each still tested)
    const indexBits = Math.max(1, Math.ceil(Math.log2(this.count + 1)));
    const scale = 2 ** indexBits;
    const keyShift = Math.max(0, 32 + indexBits - 53);
    const entries = new Float64Array(this.count);
    for (let band = 0; band < BANDS; band++) {
      for (let i = 0; i < this.count; i++) entries[i] = (bandKey(this.signatures, i * SIGNATURE_LENGTH, band) >>> keyShift) * scale + i;
      entries.sort();
      for (let start = 0, end = 1; start < this.count; start = end++) {
        const key = Math.floor(entries[start]! / scale);
        while (end < this.count && Math.floor(entries[end]! / scale) === key) end++;
        for (let a = start; a < end; a++) {
          for (let b = a + 1; b < end; b++) {
            const [da, db] = [entries[a]! % scale, entries[b]! % scale];
            const [ra, rb] = [root(da), root(db)];
            if (ra === rb || estimatedJaccard(this.signature(da), this.signature(db)) < DUPLICATE_THRESHOLD) continue;
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
          }
        }
      }
    }
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.count; i++) {
      const group = byRoot.get(root(i));
      if (group) group.push(i);
      else byRoot.set(root(i), [i]);
    }
    return [...byRoot.values()];
  }

  private signature(index: number): Uint32Array {
    return this.signatures.subarray(index * SIGNATURE_LENGTH, (index + 1) * SIGNATURE_LENGTH);
  }
}

/** The bucket of a document (whose signature starts at `offset` in `signatures`) in one band. */
function bandKey(signatures: Uint32Array, offset: number, band: number): number {
  let key = band;
  for (let row = band * ROWS; row < (band + 1) * ROWS; row++) key = mix(key ^ signatures[offset + row]!);
  return key;
}
