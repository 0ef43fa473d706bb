/**
 * The page's initial JavaScript: the module entry of the built index.html, the chunks the
 * entry itself imports with `import()` (it runs them at once: it loads the app after
 * starting the event file's download), and everything those import statically
 * (modulepreload links and `import … from` chains), gzipped. Workers, and lazy chunks
 * imported by other modules, are not counted: they are not needed for the first frame.
 */
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { dirname, join, posix } from "node:path";

export interface InitialJs {
  files: { path: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/** Root-relative paths of module scripts and modulepreload links in an HTML page. */
export function htmlModuleRefs(html: string): string[] {
  const refs: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isModule = /^<script/i.test(tag) && /type=["']?module/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /rel=["']?modulepreload/i.test(tag);
    const ref = /(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if ((isModule || isPreload) && ref && !/^[a-z]+:/i.test(ref)) refs.push(ref);
  }
  return refs;
}

/**
 * Specifiers of static imports and re-exports in (minified) ES module code. `import(` is
 * dynamic and excluded: after `import` must come a binding list, a name, `*` or a string.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) {
    const before = code.slice(Math.max(0, (match.index ?? 0) - 1), match.index);
    if (before !== "." && /^\.{0,2}\//.test(match[2]!)) found.push(match[2]!);
  }
  return found;
}

/** Specifiers of `import("./x.js")` (any quotes) in (minified) ES module code. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*(["'`])(\.{1,2}\/[^"'`\n]+)\1\s*\)/g)].map((match) => match[2]!);
}

/** Measures the initial JS of the build in `outDir` (its index.html and the JS it pulls in). */
export async function measureInitialJs(outDir: string): Promise<InitialJs> {
  const html = await readFile(join(outDir, "index.html"), "utf8");
  const entries = htmlModuleRefs(html).map((ref) => posix.normalize(ref.replace(/^\//, "")));
  const queue = [...entries];
  const seen = new Set<string>();
  const files: InitialJs["files"] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const content = await readFile(join(outDir, path));
    files.push({ path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
    const code = content.toString("utf8");
    const imports = entries.includes(path) ? [...staticImports(code), ...dynamicImports(code)] : staticImports(code);
    for (const spec of imports) {
      queue.push(spec.startsWith("/") ? spec.slice(1) : posix.join(dirname(path), spec));
    }
  }
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
