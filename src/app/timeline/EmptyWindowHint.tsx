/**
 * Over the canvas when the window shows no event: says so and offers to jump to the
 * nearest event on each side ("◀ 8 Feb 2012", "12 Feb 2016 ▶"). Re-renders only when
 * those neighbours change, not on every pan frame (the selector returns a string).
 */
import { formatDay } from "../format/formatDay";
import { useAppStore, type AppState } from "../store";
import { drawnPositions } from "./drawnLanes";
import { windowNeighbours } from "./emptyWindow";
import { centreWindow, DAY_MS } from "./timeWindow";
import { BUTTON } from "../panels/classNames";

function neighboursKey(state: AppState): string {
  const positions = drawnPositions(state);
  if (!state.columns || !state.window || !positions) return "";
  const around = windowNeighbours(state.columns.start, positions, state.window);
  return around ? `${around.before ?? ""}|${around.after ?? ""}` : "";
}

const dayOf = (time: number) => formatDay(new Date(time).toISOString().slice(0, 10));

function jumpTo(time: number) {
  const { window, setWindow } = useAppStore.getState();
  if (window) setWindow(centreWindow(window, time + DAY_MS / 2));
}

export function EmptyWindowHint() {
  const key = useAppStore(neighboursKey);
  if (!key) return null;
  const [before, after] = key.split("|").map((part) => (part ? Number(part) : null));
  return (
    // Low in the chart, not in the middle where a drag usually starts.
    <div className="pointer-events-none absolute inset-x-0 bottom-4 flex flex-col items-center gap-2 text-sm" data-testid="empty-window">
      <p className="rounded bg-white/90 px-2 text-slate-600 dark:bg-slate-950/90 dark:text-slate-300">No events in this period</p>
      <div className="pointer-events-auto flex gap-2">
        {before != null && (
          <button type="button" className={BUTTON} onClick={() => jumpTo(before)} aria-label={`Go to the previous event, ${dayOf(before)}`}>
            ◀ {dayOf(before)}
          </button>
        )}
        {after != null && (
          <button type="button" className={BUTTON} onClick={() => jumpTo(after)} aria-label={`Go to the next event, ${dayOf(after)}`}>
            {dayOf(after)} ▶
          </button>
        )}
      </div>
    </div>
  );
}
