import { useEffect, useRef, useState } from "react";
import { useAppStore } from "../store";
import { FIELD } from "./classNames";
import { isPlainKey } from "./isTypingTarget";

/** Typing waits this long before filtering, so a million events are scanned once per pause. */
const DEBOUNCE_MS = 200;

export const SEARCH_INPUT_ID = "event-search";

/** Free-text search over quotes, summaries and actor names; "/" focuses it. */
export function TextSearch() {
  const query = useAppStore((s) => s.filters.query);
  const setFilters = useAppStore((s) => s.setFilters);
  const [draft, setDraft] = useState(query);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // Back/forward or a link can change the query; the field follows unless the user is typing.
  useEffect(() => {
    if (timer.current === null) setDraft(query);
  }, [query]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "/" && isPlainKey(event)) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, []);

  const update = (value: string) => {
    setDraft(value);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      setFilters({ query: value });
    }, DEBOUNCE_MS);
  };

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={SEARCH_INPUT_ID} className="text-sm font-medium">
        Search quotes, summaries and names
      </label>
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
        type="search"
        value={draft}
        onChange={(e) => update(e.target.value)}
        placeholder="e.g. resolution"
        aria-keyshortcuts="/"
        className={FIELD}
      />
    </div>
  );
}
