/**
 * Loads the page's event file on mount (`?data=` or the bundled events.json) and
 * returns `openFile` for a file the user picks or drops. One load at a time: a new
 * one stops the worker of the previous.
 */
import { useCallback, useEffect, useRef } from "react";
import { useAppStore } from "../store";
import { dataSourceFrom, searchWithoutData } from "./dataSource";
import { loadEvents } from "./loadEvents";
import type { LoadRequest } from "./workerProtocol";

export function useEventLoader(): (file: File) => void {
  const cancel = useRef<(() => void) | null>(null);
  const start = useCallback((request: LoadRequest) => {
    cancel.current?.();
    cancel.current = loadEvents(request, useAppStore);
  }, []);

  useEffect(() => {
    const source = dataSourceFrom(location.search, location.href);
    if (source.ok) start({ kind: "url", url: source.url, name: source.name });
    else useAppStore.getState().setLoadError(source.name, source.message);
    return () => cancel.current?.();
  }, [start]);

  return useCallback(
    (file: File) => {
      // The address must not claim another file: ?data= goes, the view in the hash stays.
      history.replaceState(history.state, "", `${location.pathname}${searchWithoutData(location.search)}${location.hash}`);
      start({ kind: "file", file, name: file.name });
    },
    [start],
  );
}
