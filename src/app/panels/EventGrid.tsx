import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { EventIndex } from "../data/eventIndex";
import { rowOf } from "../filter/neighbours";
import { useAppStore } from "../store";
import { CELL, EventRow, ROW_COLUMNS, ROW_HEIGHTS, TYPE_CELL, WIDE_QUERY } from "./EventRow";
import { listGeometry, rowsPerPage, scrollTopToShow, visibleRows } from "./virtualRows";

/** The row height for the current screen width: rows are fixed-height for the virtualiser. */
function useRowHeight(): number {
  const wide = useSyncExternalStore(
    (onChange) => {
      const query = matchMedia(WIDE_QUERY);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => matchMedia(WIDE_QUERY).matches,
  );
  return wide ? ROW_HEIGHTS.wide : ROW_HEIGHTS.phone;
}
/** The list grows with its rows up to this height, then scrolls. */
const MAX_VIEWPORT_PX = 360;

const rowId = (row: number) => `event-row-${row}`;

interface EventGridProps {
  index: EventIndex;
  filtered: Uint32Array;
}

/**
 * The filtered events as an ARIA grid. Only the rows in view are in the DOM. The grid
 * itself holds focus and points at the active row with aria-activedescendant, so focus
 * survives rows being recycled while scrolling. Arrow keys, Page Up/Down, Home and End
 * move the active row; Enter or Space selects its event.
 */
export function EventGrid({ index, filtered }: EventGridProps) {
  const selectedId = useAppStore((s) => s.selectedId);
  const reveal = useAppStore((s) => s.reveal);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const rowHeight = useRowHeight();

  const count = filtered.length;
  const viewportHeight = Math.min(count * rowHeight, MAX_VIEWPORT_PX);
  const geometry = listGeometry(count, rowHeight, viewportHeight);
  const { first, end, firstTop } = visibleRows(geometry, scrollTop);
  const activeRow = Math.min(active, count - 1);

  // Effects read the latest geometry without re-running when it changes.
  const geometryRef = useRef(geometry);
  geometryRef.current = geometry;
  const scrollToRow = useCallback((row: number) => {
    const el = scroller.current;
    if (!el) return;
    const top = scrollTopToShow(geometryRef.current, row, el.scrollTop);
    if (top !== null) {
      el.scrollTop = top;
      setScrollTop(el.scrollTop);
    }
  }, []);

  // A selection made anywhere (timeline, link, prev/next) marks its row and scrolls to it.
  const selectedPosition = selectedId === null ? undefined : index.byId.get(selectedId);
  const selectedRow = selectedPosition === undefined ? -1 : rowOf(filtered, selectedPosition);
  useLayoutEffect(() => {
    if (selectedRow < 0) return;
    setActive(selectedRow);
    scrollToRow(selectedRow);
  }, [selectedRow, scrollToRow]);

  // New filters start the list from the top unless the selection is in it.
  const selectedRowRef = useRef(selectedRow);
  selectedRowRef.current = selectedRow;
  useEffect(() => {
    if (selectedRowRef.current >= 0) return;
    setActive(0);
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [filtered]);

  const moveTo = (row: number) => {
    const next = Math.max(0, Math.min(count - 1, row));
    setActive(next);
    scrollToRow(next);
  };

  const pick = useCallback(
    (row: number) => {
      const position = filtered[row];
      if (position === undefined) return;
      setActive(row);
      reveal(index.events[position]!.id);
    },
    [filtered, index, reveal],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = rowsPerPage(geometry);
    const moves: Record<string, number> = {
      ArrowDown: activeRow + 1,
      ArrowUp: activeRow - 1,
      PageDown: activeRow + page,
      PageUp: activeRow - page,
      Home: 0,
      End: count - 1,
    };
    const target = moves[e.key];
    if (target !== undefined) moveTo(target);
    else if (e.key === "Enter" || e.key === " ") pick(activeRow);
    else return;
    e.preventDefault();
  };

  const rows = [];
  for (let row = first; row < end; row++) {
    const position = filtered[row]!;
    const event = index.events[position]!;
    rows.push(
      <EventRow
        key={position}
        event={event}
        actors={index.actors}
        row={row}
        rowId={rowId(row)}
        top={firstTop + (row - first) * rowHeight}
        height={rowHeight}
        active={row === activeRow}
        selected={event.id === selectedId}
        onPick={pick}
      />,
    );
  }

  return (
    <div
      id="event-grid"
      role="grid"
      aria-label="Events"
      aria-rowcount={count + 1}
      aria-activedescendant={rowId(activeRow)}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="group rounded border border-slate-200 outline-none focus-visible:ring-2 focus-visible:ring-sky-600 dark:border-slate-800 dark:focus-visible:ring-sky-400"
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          className={`${ROW_COLUMNS} border-b border-slate-200 bg-slate-50 py-1.5 text-xs font-semibold text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300`}
        >
          <div role="columnheader" className={CELL}>Date</div>
          <div role="columnheader" className={TYPE_CELL}>Type</div>
          <div role="columnheader" className={CELL}>Actors</div>
          <div role="columnheader" className={`${CELL} sr-only sm:not-sr-only`}>Summary</div>
        </div>
      </div>
      <div
        ref={scroller}
        role="rowgroup"
        tabIndex={-1}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        style={{ height: viewportHeight }}
        className="relative overflow-y-auto outline-none"
      >
        <div style={{ height: geometry.contentHeight }}>{rows}</div>
      </div>
    </div>
  );
}
