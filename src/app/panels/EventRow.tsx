import { memo } from "react";
import type { Actor, TimelineEvent } from "../../model";
import { formatEventDate } from "../format/describeEventDate";
import { subtypeLabel } from "../format/describeEventType";

/**
 * Column layout shared by the header row and the event rows. On phones a row has two
 * lines (date and actors, then the summary across the width): three columns in 375 px
 * left the summary a dozen characters.
 */
export const ROW_COLUMNS = "grid grid-cols-[7.5rem_minmax(0,1fr)] sm:grid-cols-[9rem_9.5rem_minmax(0,12rem)_minmax(0,1fr)]";
export const CELL = "truncate px-2";
/** The type column gives way on narrow screens; the type is in the detail panel. */
export const TYPE_CELL = `${CELL} hidden sm:block`;
/** The summary: its own line on phones. */
export const SUMMARY_CELL = `${CELL} col-span-2 text-slate-600 sm:col-span-1 sm:text-inherit dark:text-slate-300 sm:dark:text-inherit`;
/** Row heights of the virtualised list: two lines on phones (below Tailwind's `sm`), one above. */
export const ROW_HEIGHTS = { phone: 52, wide: 36 } as const;
export const WIDE_QUERY = "(min-width: 40rem)";

interface EventRowProps {
  event: TimelineEvent;
  actors: ReadonlyMap<string, Actor>;
  /** Row number in the filtered list (0-based). */
  row: number;
  rowId: string;
  top: number;
  height: number;
  active: boolean;
  selected: boolean;
  onPick: (row: number) => void;
}

export function actorNames(event: TimelineEvent, actors: ReadonlyMap<string, Actor>): string {
  return event.actors.map((a) => actors.get(a.id)?.name ?? a.id).join(", ");
}

export const EventRow = memo(function EventRow({ event, actors, row, rowId, top, height, active, selected, onPick }: EventRowProps) {
  const names = actorNames(event, actors);
  const summary = event.summary || event.text;
  return (
    <div
      role="row"
      id={rowId}
      aria-rowindex={row + 2}
      aria-selected={selected}
      data-active={active || undefined}
      onClick={() => onPick(row)}
      style={{ top, height }}
      className={`${ROW_COLUMNS} absolute inset-x-0 cursor-pointer content-center items-center border-b border-slate-100 text-sm dark:border-slate-800 ${
        selected ? "bg-sky-100 font-medium dark:bg-sky-900/60" : "hover:bg-slate-50 dark:hover:bg-slate-900"
      } ${active ? "group-focus-visible:outline-2 group-focus-visible:-outline-offset-2 group-focus-visible:outline-sky-600 dark:group-focus-visible:outline-sky-400" : ""}`}
    >
      <div role="rowheader" className={`${CELL} tabular-nums`}>
        {formatEventDate(event)}
      </div>
      <div role="gridcell" className={TYPE_CELL}>
        {subtypeLabel(event.subtype)}
      </div>
      <div role="gridcell" className={CELL} title={names}>
        {names}
      </div>
      <div role="gridcell" className={SUMMARY_CELL} title={summary}>
        {summary}
      </div>
    </div>
  );
});
