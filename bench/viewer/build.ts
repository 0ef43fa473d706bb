/** Builds what the benchmark serves: the app (as users get it) and the vis-timeline page. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const VIS_PAGE = fileURLToPath(new URL("./vis-page/", import.meta.url));

/**
 * Runs the project's own Vite build into `outDir` (relative to the repo root). Unminified
 * builds are for CPU profiles, whose function names then mean something.
 */
export function buildApp(repoRoot: string, outDir: string, minify = true): { ok: true } | { ok: false; output: string } {
  const args = ["vite", "build", "--logLevel", "warn", ...(minify ? [] : ["--minify", "false"])];
  const result = spawnSync("npx", args, {
    cwd: repoRoot,
    env: { ...process.env, DT_OUT_DIR: outDir },
    encoding: "utf8",
  });
  return result.status === 0 ? { ok: true } : { ok: false, output: `${result.stdout}\n${result.stderr}`.trim() };
}

/** Bundles the vis-timeline page with Vite, outside the project's config (no React, no Tailwind). */
export async function buildVisPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: VIS_PAGE,
    base: "/vis/",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, target: "es2022", sourcemap: true },
  });
}
