import { describe, expect, it } from "vitest";
import { checkEventFile, parseJson, ZOD_EVENT_LIMIT } from "../../../src/app/data/parseEventFile";
import { event, file } from "../timeline/sampleEvents";

describe("parsing an event file", () => {
  it("names the file and the place where the JSON breaks", () => {
    const result = parseJson("broken.json", '{\n  "schemaVersion": 1,\n  "events": [{"id": "a"} {"id": "b"}]\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^broken\.json is not valid JSON: /);
    expect(result.message).toMatch(/line 3/);
  });

  it("says when the file is empty", () => {
    const result = parseJson("empty.json", "  ");
    expect(!result.ok && result.message).toBe("empty.json is empty: expected a JSON event file");
  });

  it("lists contract problems with their path", () => {
    const bad = file([event({ date: "2012-02-08" }), event({ date: "2012-02-08" }), event({ date: "2012-02-08" }), event({ date: "2012-13-01" })]);
    const result = checkEventFile("bad.json", bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe("bad.json is not a valid event file");
    expect(result.problems[0]).toMatch(/^events\[3\]\.date: /);
  });

  it("rejects something that is not an event file at all", () => {
    const result = checkEventFile("other.json", [1, 2, 3]);
    expect(result.ok).toBe(false);
  });

  it("checks big files with the fast check and explains failures with zod's words", () => {
    const events = Array.from({ length: ZOD_EVENT_LIMIT + 5 }, () => event({ date: "2012-02-08" }));
    expect(checkEventFile("big.json", file(events)).ok).toBe(true);
    events[ZOD_EVENT_LIMIT + 2] = { ...events[0]!, confidence: 7 };
    const result = checkEventFile("big.json", file(events));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(new RegExp(`^events\\[${ZOD_EVENT_LIMIT + 2}\\]\\.confidence: .* \\(event ${events[0]!.id}\\)$`));
  });

  it("still checks the articles and actors of a big file", () => {
    const events = Array.from({ length: ZOD_EVENT_LIMIT + 1 }, () => event({ date: "2012-02-08" }));
    const broken = { ...file(events), actors: [{ id: "x", name: "X", kind: "alien" }] };
    const result = checkEventFile("big.json", broken);
    expect(!result.ok && result.problems[0]).toMatch(/^actors\[0\]\.kind: /);
  });
});
