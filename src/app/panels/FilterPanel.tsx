import { useState } from "react";
import { useAppStore } from "../store";
import { ActorFilter } from "./ActorFilter";
import { ClearFiltersButton } from "./ClearFiltersButton";
import { BUTTON } from "./classNames";
import { MatchCount } from "./MatchCount";
import { NothingMatches } from "./NothingMatches";
import { TextSearch } from "./TextSearch";
import { TypeFilter } from "./TypeFilter";

const BODY_ID = "filter-panel-body";

/**
 * Left column on wide screens; on narrow ones a bar with the match count that opens the
 * filters as a full-screen layer above everything, the detail sheet included.
 */
export function FilterPanel() {
  const ready = useAppStore((s) => s.index !== null);
  const [open, setOpen] = useState(false);
  return (
    <aside
      aria-label="Filters"
      onKeyDown={(event) => {
        // On phones the filters cover the page: Escape closes them, not the detail beneath.
        if (open && event.key === "Escape") {
          event.stopPropagation();
          setOpen(false);
        }
      }}
      className={`${open ? "fixed inset-0 z-30 overflow-y-auto bg-white dark:bg-slate-950" : ""} flex min-w-0 flex-col gap-3 border-b lg:static lg:z-auto lg:overflow-visible border-slate-200 p-3 lg:border-r lg:border-b-0 dark:border-slate-800`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">Filters</h2>
        <MatchCount />
        {/* On phones, nothing to show until the events are in (a sheet saying so would hide the progress). */}
        <button
          type="button"
          className={`${BUTTON} lg:hidden`}
          aria-expanded={open}
          aria-controls={BODY_ID}
          onClick={() => setOpen(!open)}
          disabled={!ready && !open}
        >
          {open ? "Hide filters" : "Show filters"}
        </button>
      </div>
      <div id={BODY_ID} className={`${open ? "flex" : "hidden"} flex-col gap-4 lg:flex`}>
        {ready ? (
          <>
            <TextSearch />
            <NothingMatches />
            <TypeFilter />
            <ActorFilter />
            <ClearFiltersButton className="self-start" />
          </>
        ) : (
          <p className="text-sm text-slate-500 dark:text-slate-400">Filters appear once the events are loaded.</p>
        )}
      </div>
    </aside>
  );
}
