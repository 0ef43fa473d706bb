/**
 * The one load running at a time. The page's own file (`?data=` or events.json) starts
 * loading from the entry (main.tsx) before the app is even downloaded, so the worker is
 * fetching while React and the app are still being evaluated and mounted. A file the
 * user opens later replaces whatever is loading.
 */
import { useAppStore } from "../store";
import { dataSourceFrom } from "./dataSource";
import { loadEvents } from "./loadEvents";
import type { LoadRequest } from "./workerProtocol";

let cancel: (() => void) | null = null;

export function startLoad(request: LoadRequest): void {
  cancel?.();
  cancel = loadEvents(request, useAppStore);
}

export function loadPageData(): void {
  const source = dataSourceFrom(location.search, location.href);
  if (source.ok) startLoad({ kind: "url", url: source.url, name: source.name });
  else useAppStore.getState().setLoadError(source.name, source.message);
}
