import type { EventFile } from "../../model";

/**
 * The text of `JSON.stringify(file, null, 2)`, produced element by element so a large
 * event file never exists as one string (it would need twice its size again in memory).
 */
export function* serialiseEventFile(file: EventFile): Generator<string> {
  yield `{\n  "schemaVersion": ${JSON.stringify(file.schemaVersion)}`;
  for (const key of ["articles", "actors", "events"] as const) {
    const items: readonly unknown[] = file[key];
    if (items.length === 0) {
      yield `,\n  "${key}": []`;
      continue;
    }
    yield `,\n  "${key}": [`;
    for (const [i, item] of items.entries()) {
      yield `${i === 0 ? "" : ","}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, "\n    ")}`;
    }
    yield "\n  ]";
  }
  yield "\n}\n";
}
