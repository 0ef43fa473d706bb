import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { htmlModuleRefs, measureInitialJs, staticImports } from "../../../bench/viewer/initialJs";

describe("htmlModuleRefs", () => {
  it("finds the module entry and modulepreload links, not styles or external scripts", () => {
    const html = `<head>
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" href="/assets/index-123.css">
      <script src="https://cdn.example.org/x.js"></script>
    </head>`;
    expect(htmlModuleRefs(html)).toEqual(["/assets/index-abc.js", "/assets/vendor-def.js"]);
  });
});

describe("staticImports", () => {
  it("finds static imports and re-exports in minified code, not dynamic imports or workers", () => {
    const code =
      'import{a as e,b as t}from"./chunk-1.js";import"./side-2.js";export{c}from"./re-3.js";' +
      'import*as n from"./ns-4.js";const l=()=>import("./lazy-5.js");' +
      'new Worker(new URL("./worker-6.js",import.meta.url),{type:"module"});const s="import x";';
    expect(staticImports(code)).toEqual(["./chunk-1.js", "./side-2.js", "./re-3.js", "./ns-4.js"]);
  });
});

describe("measureInitialJs", () => {
  const dir = mkdtempSync(join(tmpdir(), "initial-js-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("sums the gzip sizes of the entry, the app it imports at boot and their static import chains, once each", async () => {
    mkdirSync(join(dir, "assets"));
    const files = {
      "assets/index.js": 'import{a}from"./shared.js";import"./style-helper.js";import(`./boot.js`).catch(e=>{});',
      "assets/boot.js": 'import{a}from"./shared.js";export default 1;',
      "assets/shared.js": 'import{b}from"./deep.js";export const a=1;const l=()=>import("./lazy.js");',
      "assets/style-helper.js": 'import{a}from"./shared.js";',
      "assets/deep.js": "export const b=" + "1+".repeat(500) + "1;",
      "assets/lazy.js": "export default 42;",
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
    writeFileSync(join(dir, "index.html"), '<script type="module" src="/assets/index.js"></script>');

    const js = await measureInitialJs(dir);
    expect(js.files.map((f) => f.path).sort()).toEqual(["assets/boot.js", "assets/deep.js", "assets/index.js", "assets/shared.js", "assets/style-helper.js"]);
    const expected = ["index.js", "boot.js", "shared.js", "style-helper.js", "deep.js"]
      .map((name) => gzipSync(Buffer.from(files[`assets/${name}` as keyof typeof files]), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    expect(js.gzipBytes).toBe(expected);
  });
});
