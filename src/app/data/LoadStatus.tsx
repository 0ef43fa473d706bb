/**
 * Where loading stands. `LoadProgress` sits in the header, so the page does not move when
 * it goes (a mark under the pointer would slide away); `LoadError` takes its own row:
 * the file, HTTP status, JSON position or the first contract problems, and a way out.
 */
import { useAppStore } from "../store";
import type { LoadProgress as Progress } from "../store/dataSlice";
import { formatBytes } from "../format/formatBytes";
import { OpenFileButton } from "./OpenFileButton";
import { overallProgress } from "./overallProgress";

const PHASES: Record<Progress["phase"], string> = {
  reading: "Reading",
  parsing: "Parsing",
  checking: "Checking",
  indexing: "Indexing",
  receiving: "Preparing events from",
};

function amount(progress: Progress): string {
  const { phase, done, total } = progress;
  if (phase === "reading") return total ? ` ${formatBytes(done)} of ${formatBytes(total)}` : ` ${formatBytes(done)}`;
  if (phase === "receiving" && total) return ` ${done.toLocaleString("en")} of ${total.toLocaleString("en")} events`;
  return "";
}

export function LoadProgress() {
  const load = useAppStore((s) => s.load);
  if (load.state !== "loading") return null;
  const { progress } = load;
  const fraction = overallProgress(progress);
  // On phones, short enough to share its row with "Open file…", which stays when it goes.
  return (
    <div className="flex shrink-0 items-center gap-2 text-sm sm:shrink" role="status">
      <span className="whitespace-nowrap sm:hidden">
        {PHASES[progress.phase]}…{fraction === undefined ? "" : ` ${Math.round(fraction * 100)}%`}
      </span>
      <span className="hidden min-w-0 truncate sm:inline">
        {PHASES[progress.phase]} {load.source}…{amount(progress)}
      </span>
      <progress className="h-2 w-20 shrink-0 sm:w-40" max={1} value={fraction} aria-label={`Loading ${load.source}`} />
    </div>
  );
}

export function LoadError({ onFile }: { onFile: (file: File) => void }) {
  const load = useAppStore((s) => s.load);
  if (load.state !== "error") return null;
  return (
    <div role="alert" className="m-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-semibold">{load.message}</p>
      {load.problems.length > 0 && (
        <ul className="mt-1 list-disc pl-5 font-mono text-xs">
          {load.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <OpenFileButton onFile={onFile} primary />
        <span>or drop an event file on the page.</span>
      </div>
    </div>
  );
}
