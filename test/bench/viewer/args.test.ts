import { describe, expect, it } from "vitest";
import { parseOptions } from "../../../bench/viewer/args";

describe("parseOptions", () => {
  it("has defaults that measure every page at three sizes", () => {
    expect(parseOptions([])).toMatchObject({
      sizes: [10_000, 100_000, 1_000_000],
      runs: 3,
      timeoutMs: 60_000,
      pages: ["app", "json", "vis"],
      skipBuild: false,
      profile: false,
    });
  });

  it("reads a subset of sizes, runs, a time limit and one page", () => {
    const options = parseOptions(["--sizes", "10k,100k", "--runs", "5", "--timeout", "90", "--only", "vis", "--skip-build"]);
    expect(options).toMatchObject({ sizes: [10_000, 100_000], runs: 5, timeoutMs: 90_000, pages: ["vis"], skipBuild: true });
  });

  it("rejects what it cannot use", () => {
    expect(() => parseOptions(["--runs", "0"])).toThrow(/--runs/);
    expect(() => parseOptions(["--only", "both"])).toThrow(/--only/);
    expect(parseOptions(["--only", "vis,app"]).pages).toEqual(["app", "vis"]);
    expect(() => parseOptions(["--sizes", "lots"])).toThrow(/not a size/);
    expect(() => parseOptions(["--frobnicate"])).toThrow();
  });
});
