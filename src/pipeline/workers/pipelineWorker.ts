import { parentPort, workerData } from "node:worker_threads";
import { createTaskHandler, type PipelineTask } from "./pipelineTasks";

/** What a worker is started with: where to spool, under which number. */
export interface WorkerSetup {
  spoolDir: string;
  spool: number;
}

export interface TaskMessage {
  id: number;
  task: PipelineTask;
}

export type ReplyMessage = { id: number; results: unknown[] } | { id: number; error: string };

/**
 * A worker's loop (bundled by bundleWorker.ts): one reply per task. Items that fail are
 * reported inside the results; anything else that throws becomes an error reply instead
 * of killing the worker.
 */
const port = parentPort;
if (!port) throw new Error("pipelineWorker runs in a worker thread (see workerPool.ts)");
const { spoolDir, spool } = workerData as WorkerSetup;
const runTask = createTaskHandler(spoolDir, spool);
port.on("message", async ({ id, task }: TaskMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { id, results: await runTask(task) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
