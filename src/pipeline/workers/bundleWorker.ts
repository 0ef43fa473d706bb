import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const ENTRY = fileURLToPath(new URL("./pipelineWorker.ts", import.meta.url));
/** Inside node_modules, so the bundle's package imports resolve to the project's packages. */
const CACHE = new URL("../../../node_modules/.cache/diplomatic-timeline/", import.meta.url);

/**
 * The worker's code as one plain JavaScript module, built with esbuild (tsx's own
 * compiler) and cached under a name that hashes its content. Node 20 does not apply tsx's
 * loader to a worker's entry file, and compiling the TypeScript module by module in every
 * worker (tsx's `tsImport`) cost each worker about a second; the bundle takes ~0.1 s to
 * build once per run and loads in a few milliseconds. Packages stay outside the bundle.
 */
export async function bundleWorker(): Promise<URL> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "silent",
    plugins: [keepModuleUrls],
  });
  const code = result.outputFiles[0]!.contents;
  const file = new URL(`pipelineWorker-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`, CACHE);
  if (!existsSync(file)) {
    await mkdir(CACHE, { recursive: true });
    // written aside then renamed: a concurrent run never loads half a file
    const temp = new URL(`${file.pathname}.${process.pid}.tmp`, file);
    await writeFile(temp, code);
    await rename(temp, file);
  }
  return file;
}

/**
 * Modules find their data files relative to `import.meta.url` (the actor dictionary, the
 * UN veto list); in a bundle that would be the bundle's location, so each module's
 * `import.meta.url` is replaced by its own source file's URL.
 */
const keepModuleUrls: Plugin = {
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, "utf8")).replaceAll("import.meta.url", JSON.stringify(pathToFileURL(path).href)),
      loader: "ts",
    }));
  },
};
