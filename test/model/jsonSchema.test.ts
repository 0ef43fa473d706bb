import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventFileJsonSchemaText } from "../../src/model/jsonSchema";

describe("published JSON Schema", () => {
  it("matches the zod contract (run `npm run schema` after changing src/model)", () => {
    const committed = readFileSync(new URL("../../public/events.schema.json", import.meta.url), "utf8");
    expect(committed).toBe(eventFileJsonSchemaText());
  });

  it("requires the contract's field names on events", () => {
    const schema = JSON.parse(eventFileJsonSchemaText());
    const event = schema.properties.events.items;
    expect(event.required).toEqual(
      expect.arrayContaining(["id", "type", "subtype", "date", "datePrecision", "dateBasis", "actors", "text", "summary", "evidence", "confidence"]),
    );
  });
});
