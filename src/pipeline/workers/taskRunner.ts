import { runPipelineTask, type PipelineResult, type PipelineTask } from "./pipelineTasks";
import { WorkerPool } from "./workerPool";

export interface TaskRunner {
  run<T extends PipelineTask>(task: T): Promise<PipelineResult<T>>;
  close(): Promise<void>;
}

/**
 * Runs pipeline tasks on `workers` threads, or in the calling thread when `workers` is 0:
 * starting a worker costs more than a small corpus takes to process.
 */
export function createTaskRunner(workers: number): TaskRunner {
  if (workers > 0) return new WorkerPool(workers);
  return { run: runPipelineTask, close: async () => {} };
}
