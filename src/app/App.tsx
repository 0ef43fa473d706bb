/**
 * The app shell: header (file, count, loading progress, open), a load error if any, then filters | timeline and
 * list | detail on wide screens, stacked on narrow ones.
 */
import { LoadError, LoadProgress } from "./data/LoadStatus";
import { OpenFileButton } from "./data/OpenFileButton";
import { useEventLoader } from "./data/useEventLoader";
import { useFileDrop } from "./data/useFileDrop";
import { DetailPanel } from "./panels/DetailPanel";
import { FilterPanel } from "./panels/FilterPanel";
import { ListView } from "./panels/ListView";
import { SkipLinks } from "./SkipLinks";
import { useAppStore } from "./store";
import { Timeline } from "./timeline/Timeline";
import { useUrlSync } from "./url/useUrlSync";

function LoadedFile() {
  const count = useAppStore((s) => s.columns?.count);
  const source = useAppStore((s) => (s.load.state === "idle" ? null : s.load.source));
  if (count === undefined || !source) return null;
  return (
    <p className="min-w-0 truncate text-sm text-slate-600 dark:text-slate-400" data-testid="event-count">
      {count.toLocaleString("en")} {count === 1 ? "event" : "events"} · {source}
    </p>
  );
}

function LocalFileNote() {
  const local = useAppStore((s) => s.load.state !== "idle" && s.load.local && s.columns !== null);
  if (!local) return null;
  return (
    <p className="text-xs text-amber-800 dark:text-amber-300" data-testid="local-file-note">
      Opened from this computer: links to it work only on this page, until you reload.
    </p>
  );
}

export function App() {
  const openFile = useEventLoader();
  const dragging = useFileDrop(openFile);
  useUrlSync();
  const failed = useAppStore((s) => s.load.state === "error");

  return (
    <div className="flex min-h-screen flex-col bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <SkipLinks />
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <h1 className="text-lg font-semibold">Diplomatic Timeline</h1>
        {/*
          The file and the loading progress share one line that never wraps (on phones a row of
          its own, under the title and the button), so the page does not move when loading ends.
        */}
        <div className="order-last min-w-0 basis-full sm:order-none sm:basis-auto sm:flex-1">
          <div className="flex min-w-0 items-center gap-x-4">
            <LoadedFile />
            <LoadProgress />
          </div>
          <LocalFileNote />
        </div>
        {/* After a failed load the button moves into the error message, as its way out. */}
        {!failed && (
          <div className="ml-auto">
            <OpenFileButton onFile={openFile} />
          </div>
        )}
      </header>
      <LoadError onFile={openFile} />
      {/* Hidden, not removed, after a failed load: an empty chart and empty filters say nothing. */}
      <div hidden={failed} className="grid flex-1 grid-cols-1 content-start lg:grid-cols-[16rem_minmax(0,1fr)_22rem] lg:content-stretch">
        <FilterPanel />
        <main className="min-w-0">
          <Timeline />
          <ListView />
        </main>
        <DetailPanel />
      </div>
      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-blue-600/20 text-xl font-semibold backdrop-blur-sm">
          Drop an event file to open it
        </div>
      )}
    </div>
  );
}
