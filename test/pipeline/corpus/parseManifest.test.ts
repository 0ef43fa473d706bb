import { describe, expect, it } from "vitest";
import { parseManifest } from "../../../src/pipeline/corpus/parseManifest";

describe("parseManifest", () => {
  it("reads entries, every field but file optional", () => {
    const manifest = parseManifest(
      JSON.stringify([
        { file: "a.txt", title: "A", source: "Globe", url: "https://example.org/a", published: "2012-02-08", language: "en" },
        { file: "b.html" },
      ]),
    );
    expect(manifest.warnings).toEqual([]);
    expect(manifest.entries.get("a.txt")).toEqual({
      title: "A",
      source: "Globe",
      url: "https://example.org/a",
      published: "2012-02-08",
      language: "en",
    });
    expect(manifest.entries.get("b.html")).toEqual({ title: null, source: null, url: null, published: null, language: null });
  });

  it("skips a bad entry with a warning naming it and keeps the rest", () => {
    const manifest = parseManifest(
      JSON.stringify([
        { file: "a.txt", published: "08/02/2012" },
        { file: "b.txt", title: 42 },
        { title: "no file" },
        { file: "../etc/passwd" },
        { file: "c.txt", title: "C" },
        { file: "c.txt", title: "again" },
      ]),
    );
    expect([...manifest.entries.keys()]).toEqual(["c.txt"]);
    expect(manifest.entries.get("c.txt")?.title).toBe("C");
    expect(manifest.warnings).toHaveLength(5);
    expect(manifest.warnings[0]).toMatch(/^manifest\.json: entry 0 \("a\.txt"\) skipped: published: /);
    expect(manifest.warnings[1]).toMatch(/^manifest\.json: entry 1 \("b\.txt"\) skipped: title: /);
    expect(manifest.warnings[2]).toMatch(/^manifest\.json: entry 2 skipped: file: /);
    expect(manifest.warnings[3]).toMatch(/entry 3 .*without a path/);
    expect(manifest.warnings[4]).toMatch(/entry 5 \("c\.txt"\) skipped: "c\.txt" is already listed/);
  });

  it("drops a url that is not http(s) but keeps the entry", () => {
    const manifest = parseManifest(JSON.stringify([{ file: "a.txt", title: "A", url: "javascript:alert(1)" }]));
    expect(manifest.entries.get("a.txt")).toMatchObject({ title: "A", url: null });
    expect(manifest.warnings).toEqual(['manifest.json: entry 0 ("a.txt"): url is not an http(s) address; dropped']);
  });

  it("ignores a manifest that is not JSON or not an array, with a warning", () => {
    const broken = parseManifest("[{ file: a.txt }");
    expect(broken.entries.size).toBe(0);
    expect(broken.warnings[0]).toMatch(/^manifest\.json: not valid JSON \(.+\); ignored$/);
    expect(parseManifest('{"file":"a.txt"}').warnings).toEqual(["manifest.json: must be an array of entries; ignored"]);
  });
});
