import { describe, expect, it } from "vitest";
import { validateEventFile, type EventFile } from "../../src/model";

const valid: EventFile = {
  schemaVersion: 1,
  articles: [
    { id: "a-1", title: "T", source: "Wire", url: "https://example.com/a", published: "2012-02-08", files: ["000.txt"] },
  ],
  actors: [
    {
      id: "dmitry-medvedev",
      name: "Dmitry Medvedev",
      kind: "person",
      country: "RUS",
      roles: [{ title: "President of Russia", from: "2008-05-07", to: "2012-05-07" }],
    },
    { id: "RUS", name: "Russia", kind: "country", country: "RUS" },
  ],
  events: [
    {
      id: "e-1",
      type: "veto",
      subtype: "referenced",
      date: "2012-02-04",
      dateEnd: "2012-02-08",
      datePrecision: "week",
      dateBasis: "relative",
      actors: [{ id: "RUS", role: "vetoing" }],
      text: "the Russian-Chinese veto",
      summary: "Medvedev defends the Russian-Chinese veto",
      evidence: [{ article: "a-1", sentence: "Medvedev also defended the veto.", start: 10, end: 43 }],
      confidence: 0.9,
    },
  ],
};

const withEvent = (patch: Record<string, unknown>) => ({ ...valid, events: [{ ...valid.events[0], ...patch }] });

describe("validateEventFile", () => {
  it("accepts a file that follows the contract", () => {
    expect(validateEventFile(valid)).toEqual({ ok: true, value: valid });
  });

  it("names the path of an impossible date", () => {
    const result = validateEventFile(withEvent({ date: "2012-02-30" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^events\[0\]\.date: /);
  });

  it("rejects a statement subtype on a veto", () => {
    const result = validateEventFile(withEvent({ subtype: "direct" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join("\n")).toContain('subtype "direct" is not one of cast, threatened, referenced');
  });

  it("rejects a range that ends before it starts", () => {
    const result = validateEventFile(withEvent({ date: "2012-02-08", dateEnd: "2012-02-01" }));
    expect(result.ok).toBe(false);
  });

  it("rejects article links that are not http(s), and says why", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "ftp://example.org/a"]) {
      const file = { ...valid, articles: [{ ...valid.articles[0], url }] };
      const result = validateEventFile(file);
      expect(result.ok, url).toBe(false);
      if (!result.ok) expect(result.problems, url).toEqual(["articles[0].url: only http(s) links to a domain name are allowed"]);
    }
  });

  it("rejects a renamed field (the contract's names are fixed)", () => {
    const { summary, ...rest } = valid.events[0]!;
    const result = validateEventFile({ ...valid, events: [{ ...rest, label: summary }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContain(`events[0].summary: missing (event ${valid.events[0]!.id})`);
  });

  it("caps the number of reported problems so a broken large file stays readable", () => {
    const events = Array.from({ length: 100 }, (_, i) => ({ ...valid.events[0], id: `e-${i}`, date: "nope", dateEnd: undefined }));
    const result = validateEventFile({ ...valid, events });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(21);
      expect(result.problems.at(-1)).toBe("… and 80 more problems");
    }
  });

  it("rejects a file of another schema version", () => {
    expect(validateEventFile({ ...valid, schemaVersion: 2 }).ok).toBe(false);
  });
});
