/**
 * The entry: start loading the page's event file, then load the app. The entry chunk
 * holds only the loader and the store, so the worker is fetching the file a few tens of
 * milliseconds after navigation, while React and the app are still being downloaded and
 * evaluated (the first frame of a large file waits for the worker, not for React).
 */
import { loadPageData } from "./data/pageLoad";

loadPageData();
import("./boot").catch((error: unknown) => {
  // Never a blank page: say what failed (as text, not HTML) and how to retry.
  document.getElementById("root")!.textContent = `The page's code did not load (${String(error)}). Reload to try again.`;
});
