import { parentPort } from "node:worker_threads";
import { runPipelineTask, type PipelineTask } from "./pipelineTasks";

export interface TaskMessage {
  id: number;
  task: PipelineTask;
}

export type ReplyMessage = { id: number; result: unknown } | { id: number; error: string };

/** A worker's loop: one reply per task, an exception becomes an error reply instead of killing the worker. */
const port = parentPort;
if (!port) throw new Error("pipelineWorker runs in a worker thread (see startWorker.mjs)");
port.on("message", async ({ id, task }: TaskMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { id, result: await runPipelineTask(task) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
