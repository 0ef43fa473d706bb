import { describe, expect, it } from "vitest";
import { describeHttpError, describeJsonError, lineAndColumn } from "../../../src/app/data/loadErrors";

describe("load error messages", () => {
  it("turns a character position into line and column", () => {
    expect(lineAndColumn("ab\ncd\nef", 7)).toEqual({ line: 3, column: 2 });
  });

  it("adds line and column when the engine gives only a position", () => {
    const message = describeJsonError("x.json", '{\n"a": ]', new SyntaxError("Unexpected token ] in JSON at position 7"));
    expect(message).toBe("x.json is not valid JSON: Unexpected token ] in JSON at position 7 (line 2, column 6)");
  });

  it("finds the place of an unexpected token from the snippet V8 quotes", () => {
    const text = `{\n  "schemaVersion": 1,\n  "events": [,{"id":"abc"}], "more": "aaaaaaaaaaaaaaaaaaaa"}`;
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(describeJsonError("x.json", text, error)).toMatch(/\(line 3, column 14\)$/);
  });

  it("names the HTTP status", () => {
    expect(describeHttpError("missing.json", 404, "")).toBe("Could not load missing.json: HTTP 404 Not Found");
    expect(describeHttpError("x.json", 500, "Internal Server Error")).toBe("Could not load x.json: HTTP 500 Internal Server Error");
  });
});
