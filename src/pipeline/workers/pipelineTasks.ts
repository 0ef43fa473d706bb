import type { Actor } from "../../model";
import type { DocumentMetadata } from "../corpus/documentMetadata";
import type { Fingerprint } from "../dedupe/fingerprint";
import { summariseText, type ArticleEntry, type StoryCopy } from "../dedupe/toCorpusArticle";
import { mergeEvents } from "../merge/mergeEvents";
import { prepareFile } from "../prepareFile";
import { processArticle } from "../processArticle";
import { toFileItem } from "../write/fileItem";
import { SpoolReader, SpoolWriter, type SpoolRef } from "../write/spool";

/**
 * The work the main thread hands out, many items per message: files to read, clean and
 * fingerprint; then, once duplicates are joined, articles to analyse. Texts, draft events
 * and finished file items never travel in messages: they go to the thread's spool file
 * and only refs come back.
 */
export type PipelineTask = PrepareTask | AnalyseTask;

export interface PrepareTask {
  kind: "prepare";
  dir: string;
  maxBytes: number;
  files: { file: string; manifest: Partial<DocumentMetadata> | undefined }[];
}

export interface AnalyseTask {
  kind: "analyse";
  articles: ArticleEntry<SpoolRef>[];
}

export interface PreparedCopy {
  /** Null when the file gave no article; `warnings` says why. */
  copy: (StoryCopy<SpoolRef> & { fingerprint: Fingerprint }) | null;
  warnings: string[];
}

/**
 * A draft event on disk, twice: as a draft, for merging with the drafts of other articles
 * that report the same event (drafts whose lone events share an id), and as the file
 * item of the event it makes alone, which is what most events are.
 */
export interface SpooledDraft {
  id: string;
  date: string;
  draft: SpoolRef;
  alone: SpoolRef;
}

export interface AnalysedArticle {
  /** The article's item of the event file, text included. */
  item: SpoolRef;
  events: SpooledDraft[];
  actors: Actor[];
  warnings: string[];
}

/** One outcome per item of a task, in the task's order: a failing item does not fail the others. */
export type Outcome<T> = { value: T } | { error: string };

export type TaskResults<T extends PipelineTask> = Outcome<T extends PrepareTask ? PreparedCopy : AnalysedArticle>[];

export type TaskHandler = <T extends PipelineTask>(task: T) => Promise<TaskResults<T>>;

/**
 * Runs tasks in the calling thread (a worker, or the main thread when there are none),
 * spooling into spool file number `spool` of `spoolDir`.
 */
export function createTaskHandler(spoolDir: string, spool: number): TaskHandler {
  const writer = new SpoolWriter(spoolDir, spool);
  return async (task) => {
    const reader = new SpoolReader(spoolDir);
    try {
      // all reads of a batch are issued at once, so the disk works while files are cleaned
      const results =
        task.kind === "prepare"
          ? await Promise.all(task.files.map((file) => outcome(() => prepare(task, file, writer))))
          : await Promise.all(task.articles.map((article) => outcome(async () => analyse(article, reader, writer))));
      writer.flush();
      return results as TaskResults<typeof task>;
    } finally {
      reader.close();
    }
  };
}

async function prepare(task: PrepareTask, { file, manifest }: PrepareTask["files"][number], writer: SpoolWriter): Promise<PreparedCopy> {
  const { copy, warnings } = await prepareFile({ dir: task.dir, file, manifest, maxBytes: task.maxBytes });
  if (!copy) return { copy: null, warnings };
  const { document, droppedShare, fingerprint } = copy;
  const { text, ...metadata } = document;
  return { copy: { document: metadata, droppedShare, fingerprint, text: summariseText(text, writer.append(text)) }, warnings };
}

function analyse(entry: ArticleEntry<SpoolRef>, reader: SpoolReader, writer: SpoolWriter): AnalysedArticle {
  const article = { ...entry, text: reader.read(entry.text) };
  const { events, actors, warnings } = processArticle(article);
  return {
    item: writer.append(toFileItem("articles", article, article.id)),
    events: events.map((draft) => {
      const [alone] = mergeEvents([draft]);
      return { id: alone!.id, date: alone!.date, draft: writer.append(JSON.stringify(draft)), alone: writer.append(toFileItem("events", alone, alone!.id)) };
    }),
    actors,
    warnings,
  };
}

async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await work() };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
}
