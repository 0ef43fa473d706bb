import { useEffect } from "react";
import { validateEventFile } from "../model";
import { buildEventIndex } from "./data/eventIndex";
import { DetailPanel } from "./panels/DetailPanel";
import { FilterPanel } from "./panels/FilterPanel";
import { ListView } from "./panels/ListView";
import { useAppStore } from "./store";

export function App() {
  const load = useAppStore((s) => s.load);
  const count = useAppStore((s) => s.index?.events.length ?? 0);

  useEffect(() => {
    const { startLoading, setData, setLoadError } = useAppStore.getState();
    const source = "events.json";
    startLoading(source);
    fetch(source)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        const result = validateEventFile(json);
        if (result.ok) setData(buildEventIndex(result.value), source);
        else setLoadError(source, "is not a valid event file", result.problems);
      })
      .catch((error: unknown) => setLoadError(source, String(error)));
  }, []);

  return (
    <div className="grid min-h-screen grid-rows-[auto_1fr] bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="flex items-center gap-4 border-b px-4 py-2">
        <h1 className="text-lg font-semibold">Diplomatic Timeline</h1>
      </header>
      <div className="grid grid-cols-1 lg:grid-cols-[16rem_1fr_22rem]">
        <FilterPanel />
        <main>
          {load.state === "error" && (
            <p role="alert">
              {load.source} {load.message} {load.problems.join("; ")}
            </p>
          )}
          <section aria-label="Timeline" aria-busy={load.state !== "ready"} className="min-h-64 border-b">
            {load.state === "ready" && <p className="p-2">{count} events</p>}
          </section>
          <ListView />
        </main>
        <DetailPanel />
      </div>
    </div>
  );
}
