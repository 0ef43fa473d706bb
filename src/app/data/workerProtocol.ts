/** Messages between the page and the parse worker. */
import type { EventFile, TimelineEvent } from "../../model";
import type { LoadProgress } from "../store/dataSlice";
import type { EventColumns } from "./eventColumns";

export type LoadRequest =
  | { kind: "url"; url: string; name: string }
  | { kind: "file"; file: File; name: string };

export type WorkerMessage =
  | { type: "progress"; progress: LoadProgress }
  | { type: "error"; message: string; problems: string[] }
  /** Sent first: enough to draw the timeline. The typed arrays are transferred. */
  | { type: "columns"; columns: EventColumns; meta: Omit<EventFile, "events"> }
  /** Then the sorted events in slices, so no single message blocks the page for long. */
  | { type: "events"; events: TimelineEvent[] }
  | { type: "done" };

/** Events per message: ~10k events take the main thread ~30 ms to receive. */
export const EVENTS_PER_MESSAGE = 10_000;
