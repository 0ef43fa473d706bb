import { useEffect } from "react";
import type { EventIndex } from "../data/eventIndex";
import { neighbours } from "../filter/neighbours";
import { useAppStore } from "../store";
import { BUTTON } from "./classNames";
import { isPlainKey } from "./isTypingTarget";
import { useFilteredIndices } from "./useFilteredIndices";

/**
 * Previous and next event in the filtered date order, as buttons and as the keys
 * "p" and "n" (anywhere outside a text field).
 */
export function EventNavigation({ index, position }: { index: EventIndex; position: number }) {
  const filtered = useFilteredIndices();
  const reveal = useAppStore((s) => s.reveal);
  const { previous, next } = neighbours(filtered, position);
  const previousId = previous === null ? null : index.events[previous]!.id;
  const nextId = next === null ? null : index.events[next]!.id;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPlainKey(event)) return;
      const target = event.key === "n" ? nextId : event.key === "p" ? previousId : undefined;
      if (!target) return;
      event.preventDefault();
      reveal(target);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [previousId, nextId, reveal]);

  return (
    <nav aria-label="Neighbouring events" className="flex gap-2">
      <button type="button" className={BUTTON} disabled={!previousId} onClick={() => previousId && reveal(previousId)} aria-keyshortcuts="p">
        ← Previous
      </button>
      <button type="button" className={BUTTON} disabled={!nextId} onClick={() => nextId && reveal(nextId)} aria-keyshortcuts="n">
        Next →
      </button>
    </nav>
  );
}
