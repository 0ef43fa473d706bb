/**
 * Starts loading an event file in the parse worker and feeds what arrives into the
 * store: progress, then the columns (the timeline can draw; drawn again should the event
 * file's differ from its columns file's), then the events (panels can filter and show
 * details). Event slices are parsed one at a time when the page is
 * idle, so pans and zooms on the first frame stay smooth while the rest arrives.
 * Returns a cancel function; callers keep one load at a time (see `useEventLoader`).
 */
import type { TimelineEvent } from "../../model";
import type { AppState } from "../store";
import { assembleIndex } from "./eventIndex";
import type { EventColumns } from "../../model/columns/eventColumns";
import type { LoadRequest, PageMessage, WorkerMessage } from "./workerProtocol";

type Store = { getState: () => AppState };

/** Runs `task` when the page is idle (after the next frame where idle callbacks are missing). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 500 });
  else requestAnimationFrame(() => setTimeout(task, 0));
}

/** Progress of the event slices is shown at most this often: a re-render per slice is waste. */
const PROGRESS_INTERVAL_MS = 100;

export function loadEvents(request: LoadRequest, store: Store): () => void {
  const worker = new Worker(new URL("./parseWorker.ts", import.meta.url), { type: "module" });
  const { startLoading, setProgress, setColumns, setData, setLoadError } = store.getState();
  startLoading(request.name, request.kind === "file");
  let columns: EventColumns | null = null;
  const events: TimelineEvent[] = [];
  let cancelled = false;
  let lastProgress = 0;
  const send = (message: PageMessage) => worker.postMessage(message);
  const receive = (json: string) => {
    if (cancelled) return;
    for (const event of JSON.parse(json) as TimelineEvent[]) events.push(event);
    const now = performance.now();
    if (now - lastProgress > PROGRESS_INTERVAL_MS) {
      lastProgress = now;
      setProgress({ phase: "receiving", done: events.length, total: columns?.count ?? null });
    }
    send({ kind: "next" });
  };

  worker.onmessage = ({ data: message }: MessageEvent<WorkerMessage>) => {
    switch (message.type) {
      case "progress":
        return setProgress(message.progress);
      case "columns": {
        const first = columns === null;
        columns = message.columns;
        setColumns(columns);
        // One slice asked for at a time: only the first columns start the flow.
        if (first) send({ kind: "next" });
        return;
      }
      case "events":
        return whenIdle(() => receive(message.json));
      case "done":
        worker.terminate();
        if (columns) setData(assembleIndex(message.meta, events, columns), request.name);
        return;
      case "error":
        worker.terminate();
        return setLoadError(request.name, message.message, message.problems);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    setLoadError(request.name, `Could not read ${request.name}: ${event.message || "the loader failed"}`);
  };
  send(request);
  return () => {
    cancelled = true;
    worker.terminate();
  };
}
