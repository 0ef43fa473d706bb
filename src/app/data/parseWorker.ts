/**
 * The parse worker: draws early from the event file's columns file when there is one,
 * reads the event file (fetch or local File), hands it to `indexFile` (parse, sort,
 * columns to the page, contract check), then sends the events in slices as the page asks
 * for them. All the heavy work of loading happens here, so the page stays responsive and
 * can show progress even for a million events. This entry is kept small so the downloads
 * start as soon as the worker does; `indexFile` and its schemas load meanwhile.
 */
import type { EventFile, TimelineEvent } from "../../model";
import type { EventColumns } from "../../model/columns/eventColumns";
import { columnsUrlFor, fetchColumnsFile } from "./fetchColumnsFile";
import { openUrl, type Opened } from "./openUrl";
import { readBytes } from "./readBytes";
import { EVENTS_PER_MESSAGE, type LoadRequest, type PageMessage, type WorkerMessage } from "./workerProtocol";

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

async function load(request: LoadRequest): Promise<void> {
  const stages = import("./indexFile");
  stages.catch(() => undefined); // awaited below; an early return must not leave it unhandled
  const columnsUrl = request.kind === "url" ? columnsUrlFor(request.url, self.location.href) : null;
  const columnsFile = columnsUrl ? fetchColumnsFile(columnsUrl) : Promise.resolve(null);
  const opened = request.kind === "file" ? { stream: request.file.stream(), total: request.file.size, length: request.file.size } : await openUrl(request.url, request.name);
  if (typeof opened === "string") return post({ type: "error", message: opened, problems: [] });
  // The columns file is drawn when it comes, if it comes before the event file is read; it
  // never holds up the reading (a server may be slow to answer for it, or never answer).
  let reading = true;
  let drawn: EventColumns | null = null;
  void columnsFile.then((file) => {
    if (!reading || !file || !madeFor(file, opened)) return;
    // Copied, not transferred: kept to compare with the columns built from the event file.
    drawn = file.columns;
    post({ type: "columns", columns: file.columns });
  });
  const bytes = await readBytes(opened.stream, opened.total, (done, total) =>
    post({ type: "progress", progress: { phase: "reading", done, total } }),
  );
  reading = false;
  const indexed = (await stages).indexFile(request.name, bytes, post, drawn);
  if (indexed) pending = { ...indexed, next: 0 };
  if (asked) sendNextSlice();
}

/** Whether a columns file was made for this event file (one rewritten since would differ in length). */
function madeFor(file: { columns: EventColumns; eventsBytes: number }, opened: Opened): boolean {
  return file.columns.count > 0 && (opened.length === null || opened.length === file.eventsBytes);
}

/** Events not yet handed to the page, and where the next slice starts. */
let pending: { events: TimelineEvent[]; meta: Omit<EventFile, "events">; next: number } | null = null;
/** The page asked for a slice before the events were ready (it drew from the columns file). */
let asked = false;

function sendNextSlice(): void {
  asked = !pending;
  if (!pending) return;
  const { events, meta, next } = pending;
  if (next >= events.length) {
    pending = null;
    asked = false;
    post({ type: "done", meta });
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
