import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { validateEventFile, type EventFile } from "../../model";
import { serialiseEventFile } from "./serialiseEventFile";
import { writeFileAtomic } from "./writeFileAtomic";

/**
 * Checks an event file against the contract and writes it atomically. A file that
 * fails the contract is not written: the error lists the first problems by JSON path.
 * The validated value is what is written, so keys come out in the schema's order.
 */
export async function writeEventFile(path: string, file: EventFile): Promise<void> {
  const checked = validateEventFile(file);
  if (!checked.ok) throw new Error(`the event file breaks the contract:\n  ${checked.problems.join("\n  ")}`);
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, serialiseEventFile(checked.value));
}
