import { describe, expect, it } from "vitest";
import type { EventFile } from "../../../src/model";
import { toFileItem } from "../../../src/pipeline/write/fileItem";
import { serialiseEventFile } from "../../../src/pipeline/write/serialiseEventFile";

const serialise = (file: EventFile) =>
  [
    ...serialiseEventFile({
      articles: file.articles.map((a, i) => toFileItem("articles", a, i)),
      actors: file.actors.map((a, i) => toFileItem("actors", a, i)),
      events: file.events.map((e, i) => toFileItem("events", e, i)),
    }),
  ].join("");

describe("serialiseEventFile", () => {
  it("writes exactly what JSON.stringify with two-space indentation writes", () => {
    const file: EventFile = {
      schemaVersion: 1,
      articles: [
        { id: "a-1", title: "T “quoted”", source: "S", url: null, published: "2012-02-08", files: ["a.txt", "b.txt"], text: "Line\n\nnext" },
        { id: "a-2", title: "U", source: "S", url: "https://x.example/", published: null, files: ["c.txt"] },
      ],
      actors: [{ id: "RUS", name: "Russia", kind: "country", country: "RUS" }],
      events: [],
    };
    expect(serialise(file)).toBe(`${JSON.stringify(file, null, 2)}\n`);
    const empty: EventFile = { schemaVersion: 1, articles: [], actors: [], events: [] };
    expect(serialise(empty)).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });
});
