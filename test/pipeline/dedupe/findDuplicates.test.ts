import { describe, expect, it } from "vitest";
import { DuplicateFinder } from "../../../src/pipeline/dedupe/findDuplicates";
import { estimatedJaccard, fingerprint, type Fingerprint } from "../../../src/pipeline/dedupe/fingerprint";

const estimate = (a: Fingerprint, b: Fingerprint) => estimatedJaccard(a.signature, b.signature);

/** Deterministic pseudo-random prose: distinct stories share no 5-word run by chance. */
function story(seed: number, words = 300): string {
  const vocabulary = ["council", "draft", "minister", "said", "vote", "Syria", "Moscow", "talks", "envoy", "peace",
    "resolution", "week", "the", "a", "on", "of", "sanctions", "meeting", "Geneva", "ceasefire", "urged", "rejected"];
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(vocabulary[state % vocabulary.length]!);
  }
  return out.join(" ");
}

function groupsOf(texts: readonly string[]): number[][] {
  const finder = new DuplicateFinder();
  for (const text of texts) finder.add(fingerprint(text));
  return finder.groups();
}

describe("fingerprint", () => {
  it("estimates Jaccard similarity of word shingles, ignoring case and punctuation", () => {
    const text = story(1);
    expect(estimate(fingerprint(text), fingerprint(text.toUpperCase().replace(/ /g, ", ")))).toBe(1);
    expect(estimate(fingerprint(story(1)), fingerprint(story(2)))).toBeLessThan(0.1);
    const half = text.split(" ").slice(0, 150).join(" ");
    expect(estimate(fingerprint(text), fingerprint(half))).toBeGreaterThan(0.35);
    expect(estimate(fingerprint(text), fingerprint(half))).toBeLessThan(0.65);
  });
});

describe("DuplicateFinder", () => {
  it("groups a capture with chrome, a clean copy and a syndicated copy of one story", () => {
    const body = story(7);
    const capture = `Subscribe Newsfeed log in or register ${body} Most read today`;
    const syndicated = `${story(99, 40)} ${body.split(" ").slice(0, 260).join(" ")}`;
    expect(groupsOf([story(1), capture, story(2), body, syndicated])).toEqual([[0], [1, 3, 4], [2]]);
  });

  it("keeps different stories apart even when they share a background paragraph", () => {
    const background = story(5, 60);
    expect(groupsOf([`${story(1)} ${background}`, `${story(2)} ${background}`])).toEqual([[0], [1]]);
  });

  it("finds the same groups whatever order the files arrive in", () => {
    const texts = [story(1), story(2), `${story(1)} extra closing words here`, story(3), story(2).slice(20)];
    const forward = groupsOf(texts);
    const backward = groupsOf([...texts].reverse()).map((g) => g.map((i) => texts.length - 1 - i).sort((a, b) => a - b));
    const canonical = (groups: number[][]) => groups.map((g) => g.join(",")).sort();
    expect(canonical(backward)).toEqual(canonical(forward));
    expect(canonical(forward)).toEqual(["0,2", "1,4", "3"]);
  });
});
