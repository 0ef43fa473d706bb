/**
 * In-page instrumentation, injected before any page script runs. Each exported function
 * is serialised by Playwright and run inside the page, so it must be self-contained.
 */

export interface ProbeState {
  /** performance.now() when the timeline region first said aria-busy="false". */
  readyAt: number | null;
  /** Two animation frames after readyAt: the frame holding the first drawing has been produced. */
  firstFrameAt: number | null;
  /** Bumped by each start and stop, so a loop left from an earlier recording ends itself. */
  recording: number;
  /**
   * The rAF timestamp of each animation frame while recording: the frame's vsync-aligned
   * start, so a page that keeps up shows 16.7 ms steps without callback jitter, and a
   * missed frame shows as 33.3 ms.
   */
  frames: number[];
}

declare global {
  interface Window {
    __bench: ProbeState;
  }
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a `__name(fn, "name")`
 * helper that exists in Node but not in the page; this identity stand-in makes them run there.
 */
export const KEEP_NAMES_SHIM = "globalThis.__name = globalThis.__name || ((fn) => fn);";

/**
 * Watches for `[aria-label="Timeline"]` turning aria-busy="false". Until the region exists the
 * whole tree is watched for insertions; afterwards only aria-busy attributes, so the thousands
 * of nodes a DOM timeline inserts do not each cost a mutation record.
 */
export function installProbe(): void {
  const state: ProbeState = { readyAt: null, firstFrameAt: null, recording: 0, frames: [] };
  window.__bench = state;
  const REGION = '[aria-label="Timeline"]';
  let watchingInsertions = true;
  const onMutation = () => {
    if (state.readyAt !== null) return;
    const region = document.querySelector(REGION);
    if (!region) return;
    if (region.getAttribute("aria-busy") === "false") {
      state.readyAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => (state.firstFrameAt = performance.now())));
    } else if (watchingInsertions) {
      watchingInsertions = false;
      observer.disconnect();
      observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["aria-busy"] });
    }
  };
  const observer = new MutationObserver(onMutation);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-busy"] });
}

export function startFrames(): void {
  const state = window.__bench;
  const frames: number[] = [];
  state.frames = frames;
  const recording = ++state.recording;
  const tick = (timestamp: number) => {
    if (state.recording !== recording) return;
    frames.push(timestamp);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames(): number[] {
  window.__bench.recording++;
  return window.__bench.frames;
}
