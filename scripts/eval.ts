/**
 * `npm run eval`: runs the pipeline CLI on each annotated corpus into a temporary folder,
 * scores its events against the gold in test/gold/, and prints one table per corpus.
 *
 *   npm run eval                      both corpora, exit 0
 *   npm run eval -- --verbose         also every miss, false positive, wrong date, chrome event
 *   npm run eval -- --strict          exit 1 when any target fails (for CI)
 *   npm run eval -- --only wire       one corpus (seeds, holdout, holdout2, wire)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { GoldFileSchema, type GoldFile } from "../src/eval/gold";
import { formatMisses, formatTable } from "../src/eval/report";
import { scoreCorpus } from "../src/eval/score";
import { checkTargets } from "../src/eval/targets";
import { validateEventFile, type EventFile } from "../src/model";

const ROOT = new URL("..", import.meta.url).pathname;
/** Every annotated corpus: one gold file per corpus in test/gold/. */
const CORPORA = readdirSync(join(ROOT, "test/gold"))
  .filter((name) => name.endsWith(".json"))
  .map((name) => name.slice(0, -".json".length))
  .sort((a, b) => (a === "seeds" ? -1 : b === "seeds" ? 1 : a.localeCompare(b)));
const CLI = join(ROOT, "src/pipeline/cli.ts");

const { values } = parseArgs({
  options: {
    verbose: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    only: { type: "string" },
  },
});

function loadGold(name: string): GoldFile {
  return GoldFileSchema.parse(JSON.parse(readFileSync(join(ROOT, "test/gold", `${name}.json`), "utf8")));
}

/** Runs the CLI as a user would; returns the validated event file or why there is none. */
function runPipeline(dir: string): { ok: true; file: EventFile; seconds: number } | { ok: false; why: string } {
  if (!existsSync(CLI)) return { ok: false, why: "src/pipeline/cli.ts does not exist yet" };
  const tmp = mkdtempSync(join(tmpdir(), "dt-eval-"));
  const out = join(tmp, "events.json");
  const started = performance.now();
  try {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", CLI, "--in", join(ROOT, dir), "--out", out],
      { cwd: ROOT, encoding: "utf8" },
    );
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) {
      return { ok: false, why: `the CLI exited ${run.status ?? run.signal}: ${(run.stderr || run.error?.message || "").trim().slice(-600)}` };
    }
    const parsed = validateEventFile(JSON.parse(readFileSync(out, "utf8")));
    if (!parsed.ok) return { ok: false, why: `the event file breaks the contract:\n  ${parsed.problems.join("\n  ")}` };
    return { ok: true, file: parsed.value, seconds };
  } catch (error) {
    return { ok: false, why: String(error) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

let failed = false;
for (const name of CORPORA.filter((c) => !values.only || c === values.only)) {
  const gold = loadGold(name);
  const files = gold.stories.reduce((n, s) => n + s.files.length, 0);
  const title = `${name}: ${gold.dir} (${gold.stories.length} stories, ${files} files)`;
  const result = runPipeline(gold.dir);
  if (!result.ok) {
    console.log(`${title}\n  FAIL: no events to score, ${result.why}\n`);
    failed = true;
    continue;
  }
  const score = scoreCorpus(gold, result.file);
  const checks = checkTargets(score);
  failed ||= checks.some((c) => c.pass === false);
  const made = `${result.file.articles.length} articles, ${result.file.events.length} events`;
  console.log(formatTable(`${title}: pipeline made ${made} in ${result.seconds.toFixed(1)} s`, checks));
  if (values.verbose) {
    const misses = formatMisses(score, result.file);
    console.log(misses === "" ? "  nothing missed" : misses);
  }
  console.log("");
}
console.log(failed ? "Some targets FAIL." : "All targets PASS.");
if (values.strict && failed) process.exitCode = 1;
