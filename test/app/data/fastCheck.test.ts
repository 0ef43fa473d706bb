/**
 * The fast check must accept and reject exactly what zod's EventSchema does: each case
 * breaks one rule of the contract, and both checkers must agree on every case.
 */
import { describe, expect, it } from "vitest";
import { EventSchema } from "../../../src/model";
import { findInvalidEvents, isValidEvent } from "../../../src/app/data/fastCheck";
import { event } from "../timeline/sampleEvents";

const good = event({ date: "2012-02-08", draft: { symbol: "S/2012/77", topic: null }, dateText: "Wednesday" });

const mutations: Record<string, (e: Record<string, unknown>) => void> = {
  "valid as is": () => {},
  "no id": (e) => delete e.id,
  "empty id": (e) => (e.id = ""),
  "unknown type": (e) => (e.type = "meeting"),
  "veto subtype on a statement": (e) => (e.subtype = "cast"),
  "statement subtype on a veto": (e) => ((e.type = "veto"), (e.subtype = "direct")),
  "valid veto": (e) => ((e.type = "veto"), (e.subtype = "threatened")),
  "impossible date": (e) => (e.date = "2012-02-30"),
  "leap day": (e) => (e.date = "2012-02-29"),
  "not a leap year": (e) => (e.date = "2013-02-29"),
  "date with time": (e) => (e.date = "2012-02-08T10:00:00Z"),
  "date as number": (e) => (e.date = 20120208),
  "dateEnd before date": (e) => (e.dateEnd = "2012-02-07"),
  "dateEnd after date": (e) => (e.dateEnd = "2012-02-09"),
  "dateEnd invalid": (e) => (e.dateEnd = "soon"),
  "unknown precision": (e) => (e.datePrecision = "decade"),
  "unknown basis": (e) => (e.dateBasis = "guess"),
  "dateText not a string": (e) => (e.dateText = 5),
  "actors not an array": (e) => (e.actors = {}),
  "actor with unknown role": (e) => (e.actors = [{ id: "x", role: "host" }]),
  "actor without id": (e) => (e.actors = [{ role: "speaker" }]),
  "no actors": (e) => (e.actors = []),
  "text missing": (e) => delete e.text,
  "summary not a string": (e) => (e.summary = null),
  "no evidence": (e) => (e.evidence = []),
  "evidence end before start": (e) => (e.evidence = [{ article: "a", sentence: "s", start: 5, end: 5 }]),
  "evidence negative start": (e) => (e.evidence = [{ article: "a", sentence: "s", start: -1, end: 5 }]),
  "evidence fractional offset": (e) => (e.evidence = [{ article: "a", sentence: "s", start: 1.5, end: 5 }]),
  "evidence empty sentence": (e) => (e.evidence = [{ article: "a", sentence: "", start: 1, end: 5 }]),
  "confidence above 1": (e) => (e.confidence = 1.2),
  "confidence as string": (e) => (e.confidence = "0.5"),
  "draft with number symbol": (e) => (e.draft = { symbol: 5, topic: null }),
  "draft missing topic": (e) => (e.draft = { symbol: null }),
  "extra field": (e) => (e.extra = true),
  "null event": () => {},
};

describe("fast event check agrees with the contract", () => {
  for (const [name, mutate] of Object.entries(mutations)) {
    it(name, () => {
      const candidate: unknown = name === "null event" ? null : structuredClone(good);
      if (candidate) mutate(candidate as Record<string, unknown>);
      expect(isValidEvent(candidate)).toBe(EventSchema.safeParse(candidate).success);
    });
  }

  it("lists the first invalid positions only", () => {
    const events = [good, null, good, { ...good, date: "x" }, null];
    expect(findInvalidEvents(events, 2)).toEqual([1, 3]);
  });
});
