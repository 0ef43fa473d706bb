/** Messages between the page and the parse worker. */
import type { EventFile } from "../../model";
import type { LoadProgress } from "../store/dataSlice";
import type { EventColumns } from "../../model/columns/eventColumns";

export type LoadRequest =
  | { kind: "url"; url: string; name: string }
  | { kind: "file"; file: File; name: string };

/** The page asks for each slice of events when it has time to take it (flow control). */
export type PageMessage = LoadRequest | { kind: "next" };

export type WorkerMessage =
  | { type: "progress"; progress: LoadProgress }
  | { type: "error"; message: string; problems: string[] }
  /**
   * Sent first: enough to draw the timeline. From the columns file when there is one; then
   * again, from the event file, only if those differ. The typed arrays are transferred.
   */
  | { type: "columns"; columns: EventColumns }
  /**
   * Then, on request, the sorted events in slices as JSON text: parsing JSON is several
   * times cheaper for the page than receiving the same objects by structured clone.
   */
  | { type: "events"; json: string }
  | { type: "done"; meta: Omit<EventFile, "events"> };

/** Events per slice: small enough (a few ms) to parse in the idle time between two frames. */
export const EVENTS_PER_MESSAGE = 1_000;
