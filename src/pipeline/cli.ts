/**
 * `npm run preprocess [-- --in DIR --out FILE]`: articles in, event file out.
 * Exit codes: 0 the event file was written (warnings on stderr, one line each);
 * 1 nothing could be written; 2 the command line is wrong.
 */
import { Command, InvalidArgumentError } from "commander";
import { ProgressBar } from "./cliProgress";
import { RunError, runPipeline } from "./run";

const program = new Command()
  .name("preprocess")
  .description("Turns a folder of news articles (.txt, .md, .html, .htm, optional manifest.json) into an event file.")
  .option("--in <dir>", "folder of articles", "data/articles")
  .option("--out <file>", "event file to write", "public/events.json")
  .option("--max-file-mb <mb>", "skip files larger than this many megabytes", positiveNumber, 10)
  .option("--workers <n>", "worker threads, 0 for none; auto: one per core from 100 files", workerCount, "auto" as const)
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .parse();

const options = program.opts<{ in: string; out: string; maxFileMb: number; workers: number | "auto" }>();
const progress = new ProgressBar(process.stderr);
try {
  const report = await runPipeline({
    inDir: options.in,
    outFile: options.out,
    maxFileBytes: options.maxFileMb * 1024 * 1024,
    workers: options.workers,
    onProgress: (p) => progress.update(p),
  });
  progress.stop();
  for (const warning of report.warnings) console.error(`warning: ${warning}`);
  console.error(
    `${options.out}: ${report.articles} articles from ${report.files} files, ${report.events} events` +
      (report.warnings.length ? `, ${report.warnings.length} warnings` : ""),
  );
} catch (error) {
  progress.stop();
  if (error instanceof RunError) for (const warning of error.warnings) console.error(`warning: ${warning}`);
  console.error(`error: ${error instanceof RunError ? error.message : describe(error)}`);
  process.exitCode = 1;
}

function positiveNumber(value: string): number {
  const number = Number(value);
  if (!(number > 0)) throw new InvalidArgumentError("must be a number above 0");
  return number;
}

function workerCount(value: string): number | "auto" {
  if (value === "auto") return value;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('must be "auto" or a whole number');
  return number;
}

/** File system errors speak for themselves; anything else is a bug, worth its stack. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return (error as NodeJS.ErrnoException).code ? error.message : (error.stack ?? error.message);
}
