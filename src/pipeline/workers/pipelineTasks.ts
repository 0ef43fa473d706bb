import { processArticle } from "../processArticle";
import { prepareFile, type PrepareFileTask, type PreparedFile } from "../prepareFile";
import type { ArticleExtraction, CorpusArticle } from "../types";

/** The work the main thread hands out: per file, then per article once duplicates are joined. */
export type PipelineTask = { kind: "prepare"; task: PrepareFileTask } | { kind: "analyse"; article: CorpusArticle };

export type PipelineResult<T extends PipelineTask> = T extends { kind: "prepare" } ? PreparedFile : ArticleExtraction;

/** Runs one task; the same code in a worker thread and in the main thread. */
export async function runPipelineTask<T extends PipelineTask>(task: T): Promise<PipelineResult<T>> {
  const result = task.kind === "prepare" ? await prepareFile(task.task) : processArticle(task.article);
  return result as PipelineResult<T>;
}
