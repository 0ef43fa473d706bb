/**
 * Where loading stands: a progress bar with bytes or events while it runs, a clear
 * error (file, HTTP status, JSON position or the first contract problems) when it fails.
 */
import { useAppStore } from "../store";
import { OpenFileButton } from "./OpenFileButton";
import type { LoadProgress } from "../store/dataSlice";
import { formatBytes } from "../format/formatBytes";

const PHASES: Record<LoadProgress["phase"], string> = {
  reading: "Reading",
  parsing: "Parsing",
  checking: "Checking",
  indexing: "Indexing",
  receiving: "Preparing events from",
};

function amount(progress: LoadProgress): string {
  const { phase, done, total } = progress;
  if (phase === "reading") return total ? ` ${formatBytes(done)} of ${formatBytes(total)}` : ` ${formatBytes(done)}`;
  if (phase === "receiving" && total) return ` ${done.toLocaleString("en")} of ${total.toLocaleString("en")} events`;
  return "";
}

export function LoadStatus({ onFile }: { onFile: (file: File) => void }) {
  const load = useAppStore((s) => s.load);
  if (load.state === "loading") {
    const { progress } = load;
    const value = progress.total ? progress.done / progress.total : undefined;
    return (
      <div className="flex items-center gap-3 px-2 py-1 text-sm" role="status">
        <span>
          {PHASES[progress.phase]} {load.source}…{amount(progress)}
        </span>
        <progress className="h-2 w-40" max={1} value={value} aria-label={`Loading ${load.source}`} />
      </div>
    );
  }
  if (load.state === "error") {
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
  return null;
}
