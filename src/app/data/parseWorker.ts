/**
 * The parse worker: reads the file (fetch or local File), parses and checks it, sorts
 * and indexes the events, then hands the page the typed columns (transferred, not
 * copied) and the events in slices. All the heavy work of loading happens here, so the
 * page stays responsive and can show progress even for a million events.
 */
import type { LoadProgress } from "../store/dataSlice";
import { buildColumns, columnBuffers } from "./eventColumns";
import { sortEvents } from "./eventIndex";
import { describeHtmlAnswer, describeHttpError, describeNetworkError } from "./loadErrors";
import { checkEventFile, parseJson } from "./parseEventFile";
import { readText } from "./readText";
import type { TimelineEvent } from "../../model";
import { EVENTS_PER_MESSAGE, type LoadRequest, type PageMessage, type WorkerMessage } from "./workerProtocol";

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
const progress = (progress: LoadProgress) => post({ type: "progress", progress });

async function openStream(request: LoadRequest): Promise<{ stream: ReadableStream<Uint8Array>; total: number | null } | string> {
  if (request.kind === "file") return { stream: request.file.stream(), total: request.file.size };
  let response: Response;
  try {
    // Asking for JSON makes single-page-app servers (vite preview among them) answer a
    // missing file with 404 instead of their index.html.
    response = await fetch(request.url, { headers: { Accept: "application/json" } });
  } catch (error) {
    return describeNetworkError(request.name, error);
  }
  if (!response.ok) return describeHttpError(request.name, response.status, response.statusText);
  if (response.headers.get("content-type")?.includes("text/html")) return describeHtmlAnswer(request.name);
  if (!response.body) return `Could not load ${request.name}: the response has no body`;
  const length = Number(response.headers.get("content-length"));
  return { stream: response.body, total: length > 0 ? length : null };
}

async function load(request: LoadRequest): Promise<void> {
  const opened = await openStream(request);
  if (typeof opened === "string") return post({ type: "error", message: opened, problems: [] });
  const text = await readText(opened.stream, opened.total, (done, total) => progress({ phase: "reading", done, total }));
  progress({ phase: "parsing", done: 0, total: null });
  const json = parseJson(request.name, text);
  if (!json.ok) return post({ type: "error", message: json.message, problems: [] });
  progress({ phase: "checking", done: 0, total: null });
  const parsed = checkEventFile(request.name, json.json);
  if (!parsed.ok) return post({ type: "error", message: parsed.message, problems: parsed.problems });

  const { events, ...meta } = parsed.file;
  progress({ phase: "indexing", done: 0, total: events.length });
  const sorted = sortEvents(events);
  const columns = buildColumns(sorted, meta.actors);
  pending = { events: sorted.events, next: 0 };
  post({ type: "columns", columns, meta }, columnBuffers(columns));
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
