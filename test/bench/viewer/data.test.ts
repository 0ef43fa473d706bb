import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureEventFile, parseSize, sizeLabel } from "../../../bench/viewer/data";

describe("sizes", () => {
  it("reads and writes event counts with k and M", () => {
    expect(parseSize("10k")).toBe(10_000);
    expect(parseSize("1M")).toBe(1_000_000);
    expect(parseSize("2.5k")).toBe(2_500);
    expect(parseSize("750")).toBe(750);
    expect(() => parseSize("ten")).toThrow(/not a size/);
    expect(() => parseSize("0")).toThrow();
    expect(sizeLabel(10_000)).toBe("10k");
    expect(sizeLabel(1_000_000)).toBe("1M");
    expect(sizeLabel(2_500)).toBe("2500");
  });
});

describe("ensureEventFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-data-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("generates a file once and reuses it for the same count and seed", async () => {
    const first = await ensureEventFile(dir, 300, 5);
    expect(first).toMatchObject({ name: "events-300.json", generated: true });
    expect(statSync(join(dir, first.name)).size).toBe(first.bytes);
    expect(await ensureEventFile(dir, 300, 5)).toEqual({ ...first, generated: false });
    expect((await ensureEventFile(dir, 300, 6)).generated).toBe(true);
  });
});
