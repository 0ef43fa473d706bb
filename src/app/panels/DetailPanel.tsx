import { useEffect, useRef, useState } from "react";
import { useAppStore } from "../store";
import { BUTTON } from "./classNames";
import { EventDetail } from "./EventDetail";
import { isPlainKey } from "./isTypingTarget";
import { SelectionAnnouncer } from "./SelectionAnnouncer";

/** Escape closes the detail (deselects), wherever focus is outside a text field. */
function useEscapeToClose(open: boolean) {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && isPlainKey(event)) useAppStore.getState().select(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
}

/**
 * The selected event: the right column on wide screens (sticky, so it stays in view
 * while the list scrolls), a bottom sheet on narrow ones (shown only while something is
 * selected or a link named an unknown event). The sheet opens low (about 38% of the
 * screen) so the timeline stays usable above it; "Expand" raises it for long quotes.
 */
export function DetailPanel() {
  const index = useAppStore((s) => s.index);
  const selectedId = useAppStore((s) => s.selectedId);
  const missingId = useAppStore((s) => s.missingId);
  const pending = useAppStore((s) => s.pendingPosition !== null);
  const awaitedId = useAppStore((s) => s.awaitedId);
  const drawn = useAppStore((s) => s.columns !== null);
  const select = useAppStore((s) => s.select);
  const position = selectedId === null ? undefined : index?.byId.get(selectedId);
  const open = position !== undefined || missingId !== null || pending || awaitedId !== null;
  const [expanded, setExpanded] = useState(false);
  useEscapeToClose(open);
  // Each event opens at its heading: Next and Previous must not keep the last one's scroll.
  const sheet = useRef<HTMLElement>(null);
  const column = useRef<HTMLDivElement>(null);
  useEffect(() => {
    sheet.current?.scrollTo({ top: 0 });
    column.current?.scrollTo({ top: 0 });
  }, [selectedId]);

  // The announcer stays outside the aside, which is display:none on phones until
  // something is selected: a live region must already be rendered to be heard.
  return (
    <>
      <SelectionAnnouncer />
      <aside
        ref={sheet}
        aria-label="Event detail"
        className={`${open ? "fixed" : "hidden"} inset-x-0 bottom-0 z-20 ${expanded ? "max-h-[85vh]" : "max-h-[38vh]"} overflow-y-auto border-t border-slate-300 bg-white shadow-2xl lg:static lg:block lg:max-h-none lg:overflow-visible lg:border-t-0 lg:border-l lg:shadow-none dark:border-slate-700 dark:bg-slate-950`}
      >
        <div ref={column} className={`px-4 pb-4 ${open ? "" : "pt-4"} lg:sticky lg:top-0 lg:max-h-screen lg:overflow-y-auto`}>
          {open && (
            // Sticky, so Close and Expand stay reachable while a long quote scrolls.
            <div className="sticky top-0 z-10 mb-2 flex justify-end gap-2 bg-white pt-4 pb-2 dark:bg-slate-950">
              {position !== undefined && (
                <button
                  type="button"
                  className={`${BUTTON} mr-auto lg:hidden`}
                  aria-expanded={expanded}
                  onClick={() => setExpanded(!expanded)}
                >
                  {expanded ? "▾ Smaller" : "▴ Expand"}
                </button>
              )}
              <button type="button" className={BUTTON} onClick={() => select(null)} aria-keyshortcuts="Escape">
                Close
              </button>
            </div>
          )}
          {missingId !== null && (
            <p role="alert" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
              No event with id <code className="font-mono">{missingId}</code> in this file.
            </p>
          )}
          {awaitedId !== null && (
            <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
              Opening event <code className="font-mono">{awaitedId}</code> from the link once the file is read…
            </p>
          )}
          {pending && (
            <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
              Loading this event's quote and sources with the rest of the file…
            </p>
          )}
          {index && position !== undefined && <EventDetail index={index} position={position} />}
          {!open && drawn && (
            <p className="text-sm text-slate-600 dark:text-slate-300">
              {index ? "Select an event on the timeline or in the list to see its quote and sources." : "Select an event on the timeline to see its quote and sources."}
            </p>
          )}
        </div>
      </aside>
      {/* Room at the end of the page on phones, so the sheet never hides the last rows for good. */}
      {open && <div aria-hidden="true" className="h-[38vh] lg:hidden" />}
    </>
  );
}
