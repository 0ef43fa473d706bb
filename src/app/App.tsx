import { useEffect, useState } from "react";
import { validateEventFile, type EventFile } from "../model";

type Load = { state: "loading" } | { state: "ready"; file: EventFile } | { state: "error"; message: string };

export function App() {
  const [load, setLoad] = useState<Load>({ state: "loading" });

  useEffect(() => {
    fetch("events.json")
      .then((response) => {
        if (!response.ok) throw new Error(`events.json: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        const result = validateEventFile(json);
        setLoad(
          result.ok
            ? { state: "ready", file: result.value }
            : { state: "error", message: `events.json is not a valid event file: ${result.problems.join("; ")}` },
        );
      })
      .catch((error: unknown) => setLoad({ state: "error", message: String(error) }));
  }, []);

  return (
    <main className="min-h-screen bg-white p-4 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <h1 className="text-xl font-semibold">Diplomatic Timeline</h1>
      {load.state === "error" && <p role="alert">{load.message}</p>}
      <section aria-label="Timeline" aria-busy={load.state === "loading"} className="mt-4 min-h-64 rounded border">
        {load.state === "ready" && <p className="p-2">{load.file.events.length} events</p>}
      </section>
    </main>
  );
}
