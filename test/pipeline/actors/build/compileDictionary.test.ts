import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDictionary, serializeDictionary } from "../../../../src/pipeline/actors/build/compileDictionary";

const REFERENCE = new URL("../../../../data/reference/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, REFERENCE), "utf8");

describe("the committed actor dictionary", () => {
  it("is what its sources compile to (run `npx tsx scripts/build-actors.ts` after editing them)", () => {
    const compiled = serializeDictionary(compileDictionary(read));
    // Compared as a whole but reported briefly: the file is several megabytes.
    const committed = read("actors/actors.json");
    expect(compiled.length).toBe(committed.length);
    expect(compiled === committed).toBe(true);
  });
});
