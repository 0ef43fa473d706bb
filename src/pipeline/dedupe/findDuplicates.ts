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
 * Groups near-duplicate documents as they arrive. Each document is compared only with
 * those sharing an LSH bucket, so the work grows with the corpus, not with its square.
 * The groups do not depend on arrival order: candidate pairs and the test are symmetric.
 */
export class DuplicateFinder {
  private readonly buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  private readonly fingerprints: Fingerprint[] = [];
  private readonly parent: number[] = [];

  /** Adds a document and returns its index. */
  add(fingerprint: Fingerprint): number {
    const index = this.fingerprints.length;
    this.fingerprints.push(fingerprint);
    this.parent.push(index);
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(fingerprint.signature, band);
      const bucket = this.buckets[band]!.get(key);
      if (!bucket) {
        this.buckets[band]!.set(key, [index]);
        continue;
      }
      for (const other of bucket) {
        if (this.root(other) === this.root(index)) continue;
        if (estimatedJaccard(fingerprint, this.fingerprints[other]!) >= DUPLICATE_THRESHOLD) this.union(index, other);
      }
      bucket.push(index);
    }
    return index;
  }

  /** Indices of the documents grouped by story, each group and the list in ascending order. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.root(i);
      const group = byRoot.get(root);
      if (group) group.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()];
  }

  private root(index: number): number {
    let i = index;
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  private union(a: number, b: number): void {
    const [ra, rb] = [this.root(a), this.root(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function bandKey(signature: Uint32Array, band: number): number {
  let key = band;
  for (let row = band * ROWS; row < (band + 1) * ROWS; row++) key = mix(key ^ signature[row]!);
  return key;
}
