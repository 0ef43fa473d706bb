import { Worker } from "node:worker_threads";
import type { PipelineTask, TaskResults } from "./pipelineTasks";
import type { ReplyMessage, TaskMessage, WorkerSetup } from "./pipelineWorker";

interface Pending {
  task: PipelineTask;
  resolve: (results: unknown[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Task ids sent to this worker and not answered yet. */
  inFlight: Set<number>;
}

/**
 * A fixed set of worker threads running pipeline tasks, started as soon as the bundled
 * entry is ready (while the main thread lists the input). A task goes to the worker
 * with the fewest tasks in flight; callers bound how many they submit at once. A worker
 * that dies fails its own tasks and is replaced; each worker spools to a file of its own.
 *
 * Workers run with a heap limit (`heapLimitMb`): without one, V8 lets a busy worker's heap
 * grow with the corpus (its live data stays at 20–45 MB on news articles, but peak memory
 * at 10,000 files was 1.6× that at 1,000); with it, garbage is collected before it piles
 * up. An article too big for the limit is not lost: the tasks of a worker that ran out of
 * memory run again, once, on a worker of their own without the limit.
 */
export class WorkerPool {
  private readonly slots: Promise<Slot[]>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(
    size: number,
    entry: Promise<URL>,
    private readonly spoolDir: string,
    /** Spool numbers from here up are the workers'. */
    private nextSpool: number,
    private readonly heapLimitMb: number,
  ) {
    this.slots = entry.then((url) => Array.from({ length: size }, () => this.spawn(url)));
    // a failed build surfaces on the first run(); until then it must not count as unhandled
    this.slots.catch(() => {});
  }

  async run<T extends PipelineTask>(task: T): Promise<TaskResults<T>> {
    const slots = await this.slots;
    const id = this.nextId++;
    const slot = slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { task, resolve: resolve as Pending["resolve"], reject });
      this.send(slot, id, task);
    });
  }

  private send(slot: Slot, id: number, task: PipelineTask): void {
    slot.inFlight.add(id);
    slot.worker.postMessage({ id, task } satisfies TaskMessage);
  }

  async close(): Promise<void> {
    const slots = await this.slots.catch(() => []);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(url: URL, limited = true): Slot {
    const setup: WorkerSetup = { spoolDir: this.spoolDir, spool: this.nextSpool++ };
    const resourceLimits = limited ? { maxOldGenerationSizeMb: this.heapLimitMb } : undefined;
    const slot: Slot = { worker: new Worker(url, { workerData: setup, execArgv: [], resourceLimits }), inFlight: new Set() };
    slot.worker.on("message", (reply: ReplyMessage) => {
      slot.inFlight.delete(reply.id);
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ("error" in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.results);
    });
    slot.worker.on("error", (error) => void this.replace(slot, error, url));
    slot.worker.on("exit", (code) => {
      if (slot.inFlight.size > 0) void this.replace(slot, new Error(`worker stopped with exit code ${code}`), url);
    });
    return slot;
  }

  private async replace(slot: Slot, error: Error, url: URL): Promise<void> {
    const slots = await this.slots;
    const index = slots.indexOf(slot);
    const ids = [...slot.inFlight];
    slot.inFlight.clear();
    void slot.worker.terminate();
    if (index !== -1) slots[index] = this.spawn(url);
    if (index !== -1 && isOutOfMemory(error)) return this.retryWithoutLimit(ids, url);
    for (const id of ids) {
      this.pending.get(id)?.reject(error);
      this.pending.delete(id);
    }
  }

  /** Runs the tasks of a worker that ran out of memory again, on a worker of their own without the limit. */
  private retryWithoutLimit(ids: number[], url: URL): void {
    if (ids.length === 0) return;
    // Not one of the pool's slots: should it fail too, `replace` rejects its tasks.
    const roomy = this.spawn(url, false);
    roomy.worker.on("message", () => {
      if (roomy.inFlight.size === 0) void roomy.worker.terminate();
    });
    for (const id of ids) this.send(roomy, id, this.pending.get(id)!.task);
  }
}

function isOutOfMemory(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
}
