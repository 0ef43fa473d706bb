/**
 * The parse worker: reads the file (fetch or local File), parses it, sorts and indexes
 * the events, hands the page the typed columns (transferred, not copied), checks the
 * file against the contract, then sends the events in slices. All the heavy work of
 * loading happens here, so the page stays responsive and can show progress even for a
 * million events.
 */
import type { LoadProgress } from "../store/dataSlice";
import { columnBuffers } from "./eventColumns";
import { indexUnchecked } from "./indexUnchecked";
import { checkEventFile, parseJson } from "./parseEventFile";
import { openUrl } from "./openUrl";
import { readBytes } from "./readBytes";
import type { TimelineEvent } from "../../model";
import { EVENTS_PER_MESSAGE, type LoadRequest, type PageMessage, type WorkerMessage } from "./workerProtocol";

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
const progress = (progress: LoadProgress) => post({ type: "progress", progress });

async function load(request: LoadRequest): Promise<void> {
  const opened = request.kind === "file" ? { stream: request.file.stream(), total: request.file.size } : await openUrl(request.url, request.name);
  if (typeof opened === "string") return post({ type: "error", message: opened, problems: [] });
  const bytes = await readBytes(opened.stream, opened.total, (done, total) => progress({ phase: "reading", done, total }));
  const text = new TextDecoder().decode(bytes);
  progress({ phase: "parsing", done: 0, total: null });
  const json = parseJson(request.name, text);
  if (!json.ok) return post({ type: "error", message: json.message, problems: [] });
  // Draw first, check after: the columns of a well-formed file go to the page before the
  // contract check, so the timeline is drawn while the worker checks. Should the check
  // fail, the page replaces the drawing with the error; no event object is sent before.
  progress({ phase: "indexing", done: 0, total: null });
  const early = indexUnchecked(json.json);
  if (early) post({ type: "columns", columns: early.columns, meta: early.meta }, columnBuffers(early.columns));
  progress({ phase: "checking", done: 0, total: null });
  const parsed = checkEventFile(request.name, json.json);
  if (!parsed.ok) return post({ type: "error", message: parsed.message, problems: parsed.problems });
  const ready = early ?? indexUnchecked(parsed.file)!;
  if (!early) post({ type: "columns", columns: ready.columns, meta: ready.meta }, columnBuffers(ready.columns));
  pending = { events: ready.events, next: 0 };
}

/** Events not yet handed to the page, and where the next slice starts. */
let pending: { events: TimelineEvent[]; next: number } | null = null;

function sendNextSlice(): void {
  if (!pending) return;
  const { events, next } = pending;
  if (next >= events.length) {
    pending = null;
    post({ type: "done" });
    return;
  }
  pending.next = next + EVENTS_PER_MESSAGE;
  post({ type: "events", json: JSON.stringify(events.slice(next, pending.next)) });
}

self.onmessage = ({ data }: MessageEvent<PageMessage>) => {
  if (data.kind === "next") return sendNextSlice();
  load(data).catch((error: unknown) =>
    post({ type: "error", message: `Could not read ${data.name}: ${String(error)}`, problems: [] }),
  );
};
