import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { serialiseEventFile, type EventFileItems } from "./serialiseEventFile";
import { writeFileAtomic } from "./writeFileAtomic";

/**
 * Writes the event file atomically from its items, each already checked against the
 * contract (toFileItem). An item that fails its check while the lists are produced
 * stops the write: the previous file stays, and the error names the item by JSON path.
 */
export async function writeEventFile(path: string, items: EventFileItems): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, serialiseEventFile(items));
}
