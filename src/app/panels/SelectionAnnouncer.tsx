import { formatEventDate } from "../format/describeEventDate";
import { useAppStore } from "../store";

/**
 * Tells screen-reader users what got selected, wherever it was selected from. Always
 * mounted: a live region only announces changes to content it already had.
 */
export function SelectionAnnouncer() {
  const message = useAppStore((s) => {
    const position = s.selectedId === null ? undefined : s.index?.byId.get(s.selectedId);
    if (position === undefined) return "";
    const event = s.index!.events[position]!;
    return `Selected: ${event.summary || event.text}, ${formatEventDate(event)}`;
  });
  return (
    <p aria-live="polite" className="sr-only" data-testid="selection-announcement">
      {message}
    </p>
  );
}
