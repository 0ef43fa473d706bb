import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Pieces are gathered into writes of about this size: one system call per piece would be slow. */
const WRITE_BYTES = 1 << 20;

/**
 * Writes a file so that readers see the old content or the new, never half of it: the
 * data goes to a temporary file in the same folder (a rename across file systems is
 * not atomic), is flushed to disk, then renamed over the target. On any failure the
 * temporary file is removed and the target is untouched. The content comes in pieces,
 * so it never has to exist as one string. Returns the number of bytes written.
 */
export async function writeFileAtomic(path: string, pieces: Iterable<string> | Uint8Array): Promise<number> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    let written = 0;
    try {
      if (pieces instanceof Uint8Array) written += (await handle.write(pieces)).bytesWritten;
      else {
        let buffer: string[] = [];
        let buffered = 0;
        for (const piece of pieces) {
          buffer.push(piece);
          buffered += piece.length;
          if (buffered < WRITE_BYTES) continue;
          written += (await handle.write(buffer.join(""))).bytesWritten;
          buffer = [];
          buffered = 0;
        }
        written += (await handle.write(buffer.join(""))).bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    return written;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
