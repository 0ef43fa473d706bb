import { SCHEMA_VERSION } from "../../model";
import type { ListName } from "./fileItem";

/** The event file's lists as serialised items (see toFileItem), each in its canonical order, produced lazily. */
export type EventFileItems = Record<ListName, Iterable<string>>;

/**
 * The text of `JSON.stringify(file, null, 2)`, produced item by item so a large event
 * file never exists as one string, nor its lists as arrays.
 */
export function* serialiseEventFile(items: EventFileItems): Generator<string> {
  yield `{\n  "schemaVersion": ${JSON.stringify(SCHEMA_VERSION)}`;
  for (const list of ["articles", "actors", "events"] as const) {
    let count = 0;
    for (const item of items[list]) yield `${count++ === 0 ? `,\n  "${list}": [` : ","}\n    ${item}`;
    yield count === 0 ? `,\n  "${list}": []` : "\n  ]";
  }
  yield "\n}\n";
}
