import { mkdir } from "node:fs/promises";
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
 * by JSON path.
 */
export async function writeEventFile(path: string, items: EventFileItems): Promise<void> {
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
  await writeFileAtomic(columnsPathFor(path), encodeColumnsFile(columns.build(), eventsBytes));
}
