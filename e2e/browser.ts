/**
 * Finds a Chromium for Playwright: its own download when installed, else a system one.
 * Shared by the e2e config and the viewer benchmark so both launch the same browser.
 */
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { chromium } from "@playwright/test";

/** Flags for a sandboxed CI machine: no GPU, no network beyond localhost, running as root. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export type BrowserChoice = { executablePath?: string; description: string };

function onPath(name: string): string | undefined {
  if (name.startsWith("/")) return existsSync(name) ? name : undefined;
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): BrowserChoice | undefined {
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH)
      ? { executablePath: env.CHROMIUM_PATH, description: `CHROMIUM_PATH=${env.CHROMIUM_PATH}` }
      : undefined;
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { description: `Playwright's Chromium (${bundled})` };
  for (const candidate of SYSTEM_CANDIDATES) {
    const path = onPath(candidate);
    if (path) return { executablePath: path, description: `system Chromium (${path})` };
  }
  return undefined;
}

export const NO_BROWSER_HELP = `No Chromium found for the browser tests.
Install one of:
  - Playwright's own:  npx playwright install chromium
  - Debian/Ubuntu:     sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome executable.`;

/** Resolves the browser or ends the process with install instructions, never a stack trace. */
export function requireChromium(): BrowserChoice {
  const choice = findChromium();
  if (!choice) {
    const wanted = process.env.CHROMIUM_PATH;
    console.error(wanted ? `CHROMIUM_PATH=${wanted} does not exist.\n\n${NO_BROWSER_HELP}` : NO_BROWSER_HELP);
    process.exit(1);
  }
  return choice;
}
