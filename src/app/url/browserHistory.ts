/** The browser's history as a `HistoryPort`: only the hash changes; path and `?data=` stay. */
import type { HistoryPort } from "./urlSync";

function withHash(hash: string): string {
  return `${location.pathname}${location.search}${hash}`;
}

export const browserHistory: HistoryPort = {
  readHash: () => location.hash,
  push: (hash) => history.pushState(null, "", withHash(hash)),
  replace: (hash) => history.replaceState(history.state, "", withHash(hash)),
  onNavigate: (listener) => {
    window.addEventListener("popstate", listener);
    window.addEventListener("hashchange", listener);
    return () => {
      window.removeEventListener("popstate", listener);
      window.removeEventListener("hashchange", listener);
    };
  },
};

/** The absolute address of the current view, e.g. for "copy link". */
export function absoluteUrl(hash: string): string {
  return `${location.origin}${withHash(hash)}`;
}
