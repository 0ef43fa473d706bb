import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/pipeline/corpus/decodeText";

const TEXT = "Lavrov said «no» to the “draft”, café.";

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte order mark", () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeText(plain)).toEqual({ text: TEXT, encoding: "utf-8", warning: null });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain])).text).toBe(TEXT);
  });

  it("reads UTF-16 in both byte orders when a byte order mark says so", () => {
    expect(decodeText(utf16(TEXT, true))).toMatchObject({ text: TEXT, encoding: "utf-16le" });
    expect(decodeText(utf16(TEXT, false))).toMatchObject({ text: TEXT, encoding: "utf-16be" });
  });

  it("reads invalid UTF-8 as Windows-1252 and says so", () => {
    // "café “quoted”" in Windows-1252: é = E9, curly quotes = 93/94.
    const result = decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]));
    expect(result.text).toBe("café “q”");
    expect(result.encoding).toBe("windows-1252");
    expect(result.warning).toMatch(/not valid UTF-8/);
  });
});
