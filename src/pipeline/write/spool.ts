import { appendFileSync, closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";

/**
 * Where a spooled string lives: which spool file, at which byte, how many bytes. Small
 * enough to keep one per article and per event in memory while the strings stay on disk.
 */
export interface SpoolRef {
  spool: number;
  offset: number;
  bytes: number;
}

const spoolPath = (dir: string, spool: number) => join(dir, `${spool}.spool`);

/**
 * An append-only temporary file owned by one thread: strings are buffered and written in
 * one system call per `flush`, so refs handed out become readable, from any thread, once
 * `flush` returns. No descriptor stays open (a worker thread may be terminated at any time,
 * and descriptors belong to the process, not the thread).
 */
export class SpoolWriter {
  private pending: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly dir: string,
    readonly spool: number,
  ) {}

  append(text: string): SpoolRef {
    const bytes = Buffer.from(text, "utf8");
    this.pending.push(bytes);
    const ref = { spool: this.spool, offset: this.size, bytes: bytes.length };
    this.size += bytes.length;
    return ref;
  }

  flush(): void {
    if (this.pending.length === 0) return;
    appendFileSync(spoolPath(this.dir, this.spool), Buffer.concat(this.pending));
    this.pending = [];
  }
}

/** Reads spooled strings back by ref, keeping one descriptor per spool file until `close`. */
export class SpoolReader {
  private readonly handles = new Map<number, number>();

  constructor(private readonly dir: string) {}

  read({ spool, offset, bytes }: SpoolRef): string {
    let fd = this.handles.get(spool);
    if (fd === undefined) this.handles.set(spool, (fd = openSync(spoolPath(this.dir, spool), "r")));
    const buffer = Buffer.allocUnsafe(bytes);
    for (let done = 0; done < bytes; ) {
      const read = readSync(fd, buffer, done, bytes - done, offset + done);
      if (read === 0) throw new Error(`spool ${spool} ends before byte ${offset + bytes}`);
      done += read;
    }
    return buffer.toString("utf8");
  }

  close(): void {
    for (const fd of this.handles.values()) closeSync(fd);
    this.handles.clear();
  }
}
