import { describe, expect, it } from "vitest";
import { looksBinary } from "../../../src/pipeline/corpus/looksBinary";

describe("looksBinary", () => {
  it("accepts text with tabs and line breaks", () => {
    expect(looksBinary(new TextEncoder().encode("Title\r\n\tBody text.\n"))).toBe(false);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });

  it("rejects NUL bytes and control-character noise", () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe(true);
    const noise = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(looksBinary(noise)).toBe(true);
  });
});
