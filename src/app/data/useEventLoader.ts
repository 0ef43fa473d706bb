/**
 * `openFile` for a file the user picks or drops. (The page's own file is already loading:
 * see main.tsx.) One load at a time: a new one stops the worker of the previous.
 */
import { useCallback } from "react";
import { searchWithoutData } from "./dataSource";
import { startLoad } from "./pageLoad";

export function useEventLoader(): (file: File) => void {
  return useCallback((file: File) => {
    // The address must not claim another file: ?data= goes, the view in the hash stays.
    history.replaceState(history.state, "", `${location.pathname}${searchWithoutData(location.search)}${location.hash}`);
    startLoad({ kind: "file", file, name: file.name });
  }, []);
}
