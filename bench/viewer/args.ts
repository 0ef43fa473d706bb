/** Command-line options of `npm run bench:viewer`. */
import { parseArgs } from "node:util";
import { parseSize } from "./data";

/** The app as the pipeline's output serves it (event file + columns file); the app from the event file alone; vis-timeline. */
export const PAGE_NAMES = ["app", "json", "vis"] as const;
export type Page = (typeof PAGE_NAMES)[number];

export interface Options {
  sizes: number[];
  runs: number;
  timeoutMs: number;
  seed: number;
  port: number;
  pages: Page[];
  skipBuild: boolean;
  profile: boolean;
  help: boolean;
}

export const USAGE = `npm run bench:viewer -- [options]

  --sizes 10k,100k,1M   event counts to generate and measure (default 10k,100k,1M)
  --runs N              measured runs per page and size; medians are reported (default 3)
  --timeout S           time limit per run in seconds (default 60)
  --only PAGES          measure only these pages, comma-separated: app (the app with the
                        columns file next to the event file, as the pipeline writes them),
                        json (the app from the event file alone), vis (vis-timeline)
  --seed N              generator seed (default 1)
  --port N              port of the local server (default 4300)
  --skip-build          reuse dist-bench/ and bench/out/vis-dist/ from a previous run
  --profile             also record CPU profiles of the app (unminified build) and print the
                        hottest functions; profiles go to bench/out/profiles/
  --help`;

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a whole number ≥ 1, got "${text}"`);
  return n;
}

export function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: "string", default: "10k,100k,1M" },
      runs: { type: "string", default: "3" },
      timeout: { type: "string", default: "60" },
      only: { type: "string" },
      seed: { type: "string", default: "1" },
      port: { type: "string", default: "4300" },
      "skip-build": { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  const only = values.only?.split(",").filter(Boolean);
  const unknown = only?.find((page) => !(PAGE_NAMES as readonly string[]).includes(page));
  if (unknown !== undefined) throw new Error(`--only takes ${PAGE_NAMES.join(", ")} (comma-separated), got "${unknown}"`);
  return {
    sizes: values.sizes.split(",").filter(Boolean).map(parseSize),
    runs: positiveInt("runs", values.runs),
    timeoutMs: positiveInt("timeout", values.timeout) * 1000,
    seed: positiveInt("seed", values.seed),
    port: positiveInt("port", values.port),
    pages: only ? PAGE_NAMES.filter((page) => only.includes(page)) : [...PAGE_NAMES],
    skipBuild: values["skip-build"],
    profile: values.profile,
    help: values.help,
  };
}
