import type { PipelineTask, TaskResults } from "./pipelineTasks";
import { WorkerPool } from "./workerPool";

export interface TaskRunner {
  run<T extends PipelineTask>(task: T): Promise<TaskResults<T>>;
  close(): Promise<void>;
}

/**
 * Runs pipeline tasks on `workers` threads, or in the calling thread when `workers` is 0
 * (starting workers costs more than a small corpus takes). Spool file 0 is left to the
 * caller. The task code is loaded only where it runs: with workers, the main thread never
 * compiles the extraction modules.
 */
export function createTaskRunner(workers: number, spoolDir: string, heapLimitMb: number): TaskRunner {
  if (workers > 0) {
    const entry = import("./bundleWorker").then(({ bundleWorker }) => bundleWorker());
    return new WorkerPool(workers, entry, spoolDir, 1, heapLimitMb);
  }
  const handler = import("./pipelineTasks").then(({ createTaskHandler }) => createTaskHandler(spoolDir, 1));
  return { run: async (task) => (await handler)(task), close: async () => {} };
}
