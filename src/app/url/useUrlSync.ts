import { useEffect } from "react";
import { useAppStore } from "../store";
import { browserHistory } from "./browserHistory";
import { startUrlSync } from "./urlSync";

/** Call once, in the app shell: mirrors view, filters and selection in the URL hash. */
export function useUrlSync(): void {
  useEffect(() => startUrlSync(useAppStore, browserHistory), []);
}
