/**
 * One measured run: a fresh Chromium (so memory from a previous run cannot interfere and a
 * hung page can be killed), navigate, wait for the first drawn frame, run the gestures.
 * Everything happens under one deadline; past it the browser is closed and the run
 * reports how far it got.
 */
import { writeFile } from "node:fs/promises";
import { chromium, type Browser, type CDPSession, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, type BrowserChoice } from "../../e2e/browser";
import { checkResponds, runGestures, type GestureScript, type PhaseFrames } from "./gestures";
import { installProbe, KEEP_NAMES_SHIM } from "./probe";
import { TRACE_CATEGORIES } from "./trace";

export const VIEWPORT = { width: 1440, height: 900 };

export interface RunSpec {
  url: string;
  /** Where to aim the gestures: the first selector present on the page. */
  targets: readonly string[];
  timeoutMs: number;
  script: GestureScript;
  /**
   * When the server sent the event file's last byte (epoch ms). Asked of the server because
   * a worker's fetch is invisible to the page's Resource Timing and to Playwright.
   */
  dataSentAt?: () => number | undefined;
  /**
   * Record loading and the gestures separately: a JS CPU profile of the main thread and a
   * Chrome trace, as `${profileBase}-{load,gestures}.{cpuprofile,trace.json}`.
   */
  profileBase?: string;
}

export interface RunResult {
  /** All times in ms since navigation start. */
  firstFrameMs?: number;
  readyMs?: number;
  dataFetchedMs?: number;
  heapMB?: number;
  /** Whether the view visibly changed on a wheel step and on a drag (checked before measuring). */
  responds?: { zoom: boolean; pan: boolean };
  pan?: PhaseFrames;
  zoom?: PhaseFrames;
  /** Why the run stopped early, if it did. */
  failure?: string;
  timedOut?: boolean;
}

class Deadline extends Error {}

/** A JS CPU profile of the main thread and a trace of all the page's threads. */
async function startProfile(browser: Browser, page: Page, cdp: CDPSession): Promise<void> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Profiler.start");
}

async function stopProfile(browser: Browser, cdp: CDPSession, base: string): Promise<void> {
  const { profile } = await cdp.send("Profiler.stop");
  await writeFile(`${base}.cpuprofile`, JSON.stringify(profile));
  await writeFile(`${base}.trace.json`, await browser.stopTracing());
}

async function findTarget(page: Page, selectors: readonly string[]) {
  for (const selector of selectors) {
    const box = await page.locator(selector).first().boundingBox().catch(() => null);
    if (box && box.width > 0 && box.height > 0) return box;
  }
  throw new Error(`no gesture target: none of ${selectors.join(", ")} is visible`);
}

/**
 * Inputs stop this long before the deadline, leaving a page that takes seconds per frame
 * the time to finish its last one and hand over the frames recorded so far.
 */
const GESTURE_RESERVE_MS = 15_000;

async function measure(browser: Browser, spec: RunSpec, result: RunResult, deadlineAt: number): Promise<void> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // A renderer out of memory (a million DOM items) crashes the page: stop waiting for it.
  const crashed = new Promise<never>((_, reject) => {
    page.on("crash", () => reject(new Error("the page crashed (out of memory?)")));
  });
  crashed.catch(() => undefined);
  const cdp = await page.context().newCDPSession(page);
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.addInitScript(installProbe);
  if (spec.profileBase) await startProfile(browser, page, cdp);
  await page.goto(spec.url, { waitUntil: "commit" });
  const ready = page.waitForFunction(
    () => window.__bench.firstFrameAt !== null || document.querySelector('[role="alert"]') !== null,
    null,
    { polling: 100, timeout: 0 },
  );
  await Promise.race([ready, crashed]);
  const probe = await page.evaluate(() => ({ ...window.__bench, frames: [] }));
  if (probe.firstFrameAt === null) {
    const alert = await page.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? "unknown");
    throw new Error(`load failed: ${alert}`);
  }
  result.firstFrameMs = probe.firstFrameAt;
  result.readyMs = probe.readyAt ?? undefined;
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  const sentAt = spec.dataSentAt?.();
  if (sentAt !== undefined && sentAt > timeOrigin) result.dataFetchedMs = sentAt - timeOrigin;
  const heap = await cdp.send("Runtime.getHeapUsage");
  result.heapMB = heap.usedSize / 1e6;
  if (spec.profileBase) await stopProfile(browser, cdp, `${spec.profileBase}-load`);

  // Let work deferred past the first frame (idle callbacks, late layout) finish first.
  await page.waitForTimeout(500);
  const box = await findTarget(page, spec.targets);
  const stopAt = deadlineAt - GESTURE_RESERVE_MS;
  if (Date.now() < stopAt) result.responds = await checkResponds(page, box);
  if (spec.profileBase) await startProfile(browser, page, cdp);
  const frames = await Promise.race([runGestures(page, box, spec.script, stopAt), crashed]);
  if (spec.profileBase) await stopProfile(browser, cdp, `${spec.profileBase}-gestures`);
  Object.assign(result, frames);
}

export async function measureRun(browserChoice: BrowserChoice, spec: RunSpec): Promise<RunResult> {
  const browser = await chromium.launch({ executablePath: browserChoice.executablePath, args: CHROMIUM_ARGS, headless: true });
  const result: RunResult = {};
  let timer: NodeJS.Timeout | undefined;
  const deadlineAt = Date.now() + spec.timeoutMs;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Deadline()), spec.timeoutMs);
  });
  try {
    await Promise.race([measure(browser, spec, result, deadlineAt), deadline]);
  } catch (error) {
    if (error instanceof Deadline) result.timedOut = true;
    else result.failure = error instanceof Error ? error.message.split("\n")[0] : String(error);
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => undefined);
  }
  return result;
}
