/**
 * The scripted gestures, identical for the app and vis-timeline: drag pans, then wheel zoom
 * in and out, over the middle of the timeline. Inputs are spaced like a real 60 Hz device;
 * Playwright waits for the renderer to take each one, so a busy page slows the script
 * down exactly as it would stall a user.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { Page } from "@playwright/test";
import { startFrames, stopFrames } from "./probe";
import { deltas } from "./stats";

export interface GestureScript {
  /** Wheel steps in, then as many out. */
  zoomSteps: number;
  /** Pixels per wheel step (like one notch of a mouse wheel). */
  wheelDelta: number;
  /** Drag sweeps: each goes panSteps moves one way and back. */
  panSweeps: number;
  panSteps: number;
  panStepPx: number;
  /** Pause between inputs. */
  intervalMs: number;
}

export const DEFAULT_SCRIPT: GestureScript = {
  zoomSteps: 12,
  wheelDelta: 100,
  panSweeps: 2,
  panSteps: 20,
  panStepPx: 20,
  intervalMs: 16,
};

/** Frame times (ms between animation frames) during one gesture, and how much of it was sent. */
export interface PhaseFrames {
  frames: number[];
  /** Inputs sent, of those planned: fewer when the page was too slow to finish in time. */
  inputs: number;
  planned: number;
}

export interface GestureFrames {
  pan: PhaseFrames;
  zoom: PhaseFrames;
}

/** Time for a page to redraw after an input before it is photographed. */
const REDRAW_MS = 300;

type Box = { x: number; y: number; width: number; height: number };

/**
 * Whether a wheel step and a short drag visibly change the target. Smooth frame times prove
 * nothing if the page ignored the input, so this runs (unrecorded) before the measurement.
 * Each gesture is undone afterwards, so the measured script starts from the same view.
 */
export async function checkResponds(page: Page, box: Box): Promise<{ zoom: boolean; pan: boolean }> {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const shot = async () => {
    await sleep(REDRAW_MS);
    return page.screenshot({ clip: box });
  };
  await page.mouse.move(cx, cy);
  const before = await shot();
  await page.mouse.wheel(0, -300);
  const zoomed = await shot();
  await page.mouse.wheel(0, 300);
  const restored = await shot();
  await page.mouse.down();
  await page.mouse.move(cx - 150, cy, { steps: 5 });
  const panned = await shot();
  await page.mouse.move(cx, cy, { steps: 5 });
  await page.mouse.up();
  return { zoom: !zoomed.equals(before), pan: !panned.equals(restored) };
}

/** Lets the last input's redraw land inside the recording. */
const SETTLE_MS = 200;

async function record(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(startFrames);
  await gesture();
  await sleep(SETTLE_MS);
  return deltas(await page.evaluate(stopFrames));
}

/**
 * Runs the script with the pointer over the centre of `box`: drag pans over the initial
 * (widest, busiest) view first, then the zoom. Once `stopAt` (epoch ms) has passed no
 * further inputs are sent, so a slow page still yields the frames it did draw.
 */
export async function runGestures(
  page: Page,
  box: Box,
  script: GestureScript,
  stopAt: number,
): Promise<GestureFrames> {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  let inputs = 0;
  const send = async (input: () => Promise<void>) => {
    if (Date.now() > stopAt) return;
    await input();
    inputs++;
    await sleep(script.intervalMs);
  };
  await page.mouse.move(cx, cy);
  const panFrames = await record(page, async () => {
    await send(() => page.mouse.down());
    for (let sweep = 0; sweep < script.panSweeps; sweep++) {
      for (const direction of [-1, 1]) {
        for (let i = 1; i <= script.panSteps; i++) {
          const offset = direction === -1 ? -i : i - script.panSteps;
          await send(() => page.mouse.move(cx + offset * script.panStepPx, cy));
        }
      }
    }
    // Always release the button, even when out of time.
    await page.mouse.up();
    inputs++;
  });
  const pan = { frames: panFrames, inputs, planned: script.panSweeps * 2 * script.panSteps + 2 };
  inputs = 0;
  const zoomFrames = await record(page, async () => {
    for (const direction of [-1, 1]) {
      for (let i = 0; i < script.zoomSteps; i++) {
        await send(() => page.mouse.wheel(0, direction * script.wheelDelta));
      }
    }
  });
  return { pan, zoom: { frames: zoomFrames, inputs, planned: 2 * script.zoomSteps } };
}
