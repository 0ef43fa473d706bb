/**
 * The bundled corpus and its event file: shared by `npm start` and `npm run test:e2e`,
 * which both need a current public/events.json before they build the page.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { columnsPathFor } from "../../src/model/columns/columnsFile";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const ARTICLES_DIR = join(ROOT, "data/articles");
export const EVENTS_FILE = join(ROOT, "public/events.json");

function newestMtime(dir: string): number {
  return Math.max(0, ...readdirSync(dir).map((name) => statSync(join(dir, name)).mtimeMs));
}

/** True when public/events.json or its columns file is missing, or older than any bundled article. */
export function eventsAreStale(): boolean {
  if (!existsSync(EVENTS_FILE) || !existsSync(columnsPathFor(EVENTS_FILE))) return true;
  return statSync(EVENTS_FILE).mtimeMs < newestMtime(ARTICLES_DIR);
}

/** Runs the preprocessing CLI on the bundled corpus when its output is stale. */
export function ensureEvents(): void {
  if (!eventsAreStale()) {
    console.log("public/events.json is up to date with data/articles");
    return;
  }
  console.log("Preprocessing data/articles → public/events.json");
  run("npx", ["tsx", "src/pipeline/cli.ts", "--in", ARTICLES_DIR, "--out", EVENTS_FILE]);
}

export function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: ROOT, stdio: "inherit" });
}
