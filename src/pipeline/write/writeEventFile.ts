import { mkdir, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { columnsPathFor, encodeColumnsFile } from "../../model/columns/columnsFile";
import { ColumnsOfItems, passing } from "./columnsOfItems";
import { serialiseEventFile, type EventFileItems } from "./serialiseEventFile";
import { writeFileAtomic } from "./writeFileAtomic";

/**
 * Writes the event file atomically from its items, each already checked against the
 * contract (toFileItem), then its columns file (see model/columns/columnsFile), built
 * from the same items on their way past. An item that fails its check while the lists
 * are produced stops the write: the previous files stay, and the error names the item
 * by JSON path. The columns file only speeds up the viewer: failing to write it is a
 * warning (returned), not a failed run, and an older one is removed rather than left
 * beside a file it no longer describes.
 */
export async function writeEventFile(path: string, items: EventFileItems): Promise<string[]> {
  await mkdir(dirname(path), { recursive: true });
  const columns = new ColumnsOfItems();
  const eventsBytes = await writeFileAtomic(
    path,
    serialiseEventFile({
      ...items,
      actors: passing(items.actors, (item) => columns.addActor(item)),
      events: passing(items.events, (item) => columns.addEvent(item)),
    }),
  );
  const columnsPath = columnsPathFor(path);
  try {
    await writeFileAtomic(columnsPath, encodeColumnsFile(columns.build(), eventsBytes));
    return [];
  } catch (error) {
    await rm(columnsPath, { force: true }).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return [`${columnsPath}: could not write the columns file (${reason}); the viewer will read the event file alone`];
  }
}
