import { describe, expect, it } from "vitest";
import { actorAt } from "../../../src/pipeline/actors/actorAt";
import { resolveSpan } from "../../../src/pipeline/actors/resolveSpan";
import type { ActorRecognition, Mention } from "../../../src/pipeline/types";

//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234
const text = "Russian Foreign Minister Sergei Lavrov told Russia's RIA";
const mentions: Mention[] = [
  { start: 0, end: 37, actorId: "sergey-lavrov", via: "pattern" },
  { start: 43, end: 49, actorId: "RUS", via: "dictionary" },
];
const recognition: ActorRecognition = {
  mentions,
  actors: [
    { id: "RUS", name: "Russia", kind: "country", country: "RUS" },
    { id: "sergey-lavrov", name: "Sergey Lavrov", kind: "person", country: "RUS" },
  ],
};

describe("actorAt", () => {
  it("finds the mention covering an offset, or null between mentions", () => {
    expect(actorAt(mentions, 0)?.actorId).toBe("sergey-lavrov");
    expect(actorAt(mentions, 36)?.actorId).toBe("sergey-lavrov");
    expect(actorAt(mentions, 37)).toBeNull();
    expect(actorAt(mentions, 45)?.actorId).toBe("RUS");
    expect(actorAt([], 3)).toBeNull();
  });
});

describe("resolveSpan", () => {
  it("gives the actor of a mention covering the trimmed span", () => {
    expect(resolveSpan(text, { start: 25, end: 37 }, recognition)?.id).toBe("sergey-lavrov");
    expect(resolveSpan(text, { start: 42, end: 50 }, recognition)?.id).toBe("RUS");
  });

  it("prefers a person inside a wider span, and says null when nothing is named", () => {
    expect(resolveSpan(text, { start: 0, end: text.length }, recognition)?.id).toBe("sergey-lavrov");
    expect(resolveSpan(text, { start: 52, end: 56 }, recognition)).toBeNull();
  });
});
