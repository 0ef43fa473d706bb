import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { resolvePath, startServer } from "../../../bench/viewer/server";

const dir = mkdtempSync(join(tmpdir(), "bench-server-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const app = join(dir, "app");
const data = join(dir, "data");
mkdirSync(join(app, "assets"), { recursive: true });
mkdirSync(data);
writeFileSync(join(app, "index.html"), "<p>app</p>");
writeFileSync(join(app, "assets", "a.js"), "export {};");
writeFileSync(join(data, "events.json"), '{"events":[]}');
const mounts = { "/": app, "/bench-data/": data };

describe("resolvePath", () => {
  it("picks the longest matching mount and serves index.html for folders", () => {
    expect(resolvePath(mounts, "/bench-data/events.json")?.file).toBe(join(data, "events.json"));
    expect(resolvePath(mounts, "/assets/a.js")?.file).toBe(join(app, "assets", "a.js"));
    expect(resolvePath(mounts, "/")?.file).toBe(join(app, "index.html"));
  });

  it("never leaves the mount", () => {
    expect(resolvePath(mounts, "/bench-data/../../etc/passwd")).toBeUndefined();
    expect(resolvePath(mounts, "/bench-data/%2e%2e/%2e%2e/etc/passwd")).toBeUndefined();
  });
});

describe("startServer", () => {
  it("serves files with types and lengths, falls back to the app page, and notes when a file was sent", async () => {
    const { server, origin, sentAt } = await startServer(mounts, 4309);
    try {
      const before = Date.now();
      const json = await fetch(`${origin}/bench-data/events.json`);
      expect(json.headers.get("content-type")).toBe("application/json");
      expect(await json.text()).toBe('{"events":[]}');
      // "finish" fires once the server has flushed the response, which may be after the
      // client has read it: wait for it instead of assuming an order.
      await vi.waitFor(() => expect(sentAt("/bench-data/events.json")).toBeGreaterThanOrEqual(before));
      expect(await (await fetch(`${origin}/some/route`)).text()).toBe("<p>app</p>");
      expect((await fetch(`${origin}/missing.js`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
