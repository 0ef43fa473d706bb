import { describe, expect, it } from "vitest";
import { readBytes } from "../../../src/app/data/readBytes";

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe("reading a file with progress", () => {
  it("joins the chunks, even when a character is split between two", async () => {
    const bytes = new TextEncoder().encode('{"q": "Лавров — “veto”"}');
    const chunks = [bytes.slice(0, 9), bytes.slice(9, 10), bytes.slice(10)];
    const progress: [number, number | null][] = [];
    const read = await readBytes(streamOf(chunks), bytes.length, (done, total) => progress.push([done, total]), 0);
    expect(new TextDecoder().decode(read)).toBe('{"q": "Лавров — “veto”"}');
    expect(progress.at(-1)).toEqual([bytes.length, bytes.length]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
  });

  it("reports the byte count as the total when the size was unknown", async () => {
    const progress: [number, number | null][] = [];
    await readBytes(streamOf([new Uint8Array([123, 125])]), null, (done, total) => progress.push([done, total]), 0);
    expect(progress.at(-1)).toEqual([2, 2]);
  });
});
