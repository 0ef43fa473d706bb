/**
 * Starts loading an event file in the parse worker and feeds what arrives into the
 * store: progress, then the columns (the timeline can draw), then the events (panels
 * can filter and show details). Returns a cancel function; starting a new load cancels
 * nothing by itself, so callers keep one load at a time (see `useEventLoader`).
 */
import type { TimelineEvent } from "../../model";
import type { AppState } from "../store";
import { assembleIndex } from "./eventIndex";
import type { EventColumns } from "./eventColumns";
import type { LoadRequest, WorkerMessage } from "./workerProtocol";

type Store = { getState: () => AppState };

export function loadEvents(request: LoadRequest, store: Store): () => void {
  const worker = new Worker(new URL("./parseWorker.ts", import.meta.url), { type: "module" });
  const { startLoading, setProgress, setColumns, setData, setLoadError } = store.getState();
  startLoading(request.name);
  let columns: EventColumns | null = null;
  let meta: Extract<WorkerMessage, { type: "columns" }>["meta"] | null = null;
  const events: TimelineEvent[] = [];

  worker.onmessage = ({ data: message }: MessageEvent<WorkerMessage>) => {
    switch (message.type) {
      case "progress":
        return setProgress(message.progress);
      case "columns":
        columns = message.columns;
        meta = message.meta;
        setColumns(columns);
        return setProgress({ phase: "receiving", done: 0, total: columns.count });
      case "events":
        for (const event of message.events) events.push(event);
        return setProgress({ phase: "receiving", done: events.length, total: columns?.count ?? null });
      case "done":
        worker.terminate();
        if (columns && meta) setData(assembleIndex(meta, events, columns), request.name);
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
  worker.postMessage(request);
  return () => worker.terminate();
}
