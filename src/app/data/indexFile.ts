/**
 * The parse worker's heavy half, loaded by it while the file downloads (it carries the
 * contract's zod schemas): bytes → JSON → columns, posted as soon as they exist so the
 * page can draw (unless the page already drew the same ones from the columns file), →
 * the contract check. Returns the sorted events and the rest of the file for the worker
 * to send, or null once an error has been posted.
 */
import type { EventFile, TimelineEvent } from "../../model";
import { sameColumns } from "../../model/columns/columnsFile";
import { columnBuffers, type EventColumns } from "../../model/columns/eventColumns";
import { indexUnchecked } from "./indexUnchecked";
import { checkEventFile, parseJson } from "./parseEventFile";
import type { WorkerMessage } from "./workerProtocol";

type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;

type Indexed = { events: TimelineEvent[]; meta: Omit<EventFile, "events"> };

export function indexFile(name: string, bytes: Uint8Array, post: Post, drawn: EventColumns | null): Indexed | null {
  const text = new TextDecoder().decode(bytes);
  post({ type: "progress", progress: { phase: "parsing", done: 0, total: null } });
  const json = parseJson(name, text);
  if (!json.ok) return post({ type: "error", message: json.message, problems: [] }), null;
  // Draw first, check after: the columns of a well-formed file go to the page before the
  // contract check, so the timeline is drawn while the worker checks. Should the check
  // fail, the page replaces the drawing with the error; no event object is sent before.
  post({ type: "progress", progress: { phase: "indexing", done: 0, total: null } });
  const early = indexUnchecked(json.json);
  const postColumns = (columns: EventColumns) => {
    if (!drawn || !sameColumns(drawn, columns)) post({ type: "columns", columns }, columnBuffers(columns));
  };
  if (early) postColumns(early.columns);
  post({ type: "progress", progress: { phase: "checking", done: 0, total: null } });
  const parsed = checkEventFile(name, json.json);
  if (!parsed.ok) return post({ type: "error", message: parsed.message, problems: parsed.problems }), null;
  const ready = early ?? indexUnchecked(parsed.file)!;
  if (!early) postColumns(ready.columns);
  return { events: ready.events, meta: ready.meta };
}
