import { Worker } from "node:worker_threads";
import type { PipelineResult, PipelineTask } from "./pipelineTasks";
import type { ReplyMessage, TaskMessage } from "./pipelineWorker";

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Task ids sent to this worker and not answered yet. */
  inFlight: Set<number>;
}

const ENTRY = new URL("./startWorker.mjs", import.meta.url);

/**
 * A fixed set of worker threads running pipeline tasks. A task goes to the worker with
 * the fewest tasks in flight; callers bound how many they submit at once. A worker
 * that dies fails its own tasks and is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run<T extends PipelineTask>(task: T): Promise<PipelineResult<T>> {
    const id = this.nextId++;
    const slot = this.slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      slot.inFlight.add(id);
      slot.worker.postMessage({ id, task } satisfies TaskMessage);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(ENTRY, { execArgv: [] }), inFlight: new Set() };
    slot.worker.on("message", (reply: ReplyMessage) => {
      slot.inFlight.delete(reply.id);
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ("error" in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.result);
    });
    slot.worker.on("error", (error) => this.replace(slot, error));
    slot.worker.on("exit", (code) => {
      if (slot.inFlight.size > 0) this.replace(slot, new Error(`worker stopped with exit code ${code}`));
    });
    return slot;
  }

  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    for (const id of slot.inFlight) {
      this.pending.get(id)?.reject(error);
      this.pending.delete(id);
    }
    this.slots[index] = this.spawn();
    void slot.worker.terminate();
  }
}
