import { describe, expect, it } from "vitest";
import type { EventFile } from "../../../src/model";
import { serialiseEventFile } from "../../../src/pipeline/write/serialiseEventFile";

describe("serialiseEventFile", () => {
  it("writes exactly what JSON.stringify with two-space indentation writes", () => {
    const file: EventFile = {
      schemaVersion: 1,
      articles: [
        { id: "a-1", title: "T “quoted”", source: "S", url: null, published: "2012-02-08", files: ["a.txt", "b.txt"], text: "Line\n\nnext" },
        { id: "a-2", title: "U", source: "S", url: "https://x.example/", published: null, files: ["c.txt"] },
      ],
      actors: [],
      events: [],
    };
    expect([...serialiseEventFile(file)].join("")).toBe(`${JSON.stringify(file, null, 2)}\n`);
    const empty: EventFile = { schemaVersion: 1, articles: [], actors: [], events: [] };
    expect([...serialiseEventFile(empty)].join("")).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });
});
