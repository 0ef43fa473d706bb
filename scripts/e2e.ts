// `npm run test:e2e`: the browser tests run against the production build of the page,
// with the bundled corpus preprocessed, exactly as `npm start` serves it.
import { spawnSync } from "node:child_process";
import { ROOT, ensureEvents, run } from "./lib/bundledCorpus";
import { requireChromium } from "../e2e/browser";

const browser = requireChromium();
console.log(`Browser: ${browser.description}`);
ensureEvents();
run("npx", ["vite", "build", "--logLevel", "warn"]);
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { cwd: ROOT, stdio: "inherit" });
process.exit(result.status ?? 1);
