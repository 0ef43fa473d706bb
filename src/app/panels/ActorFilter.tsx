import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Actor } from "../../model";
import { groupActorsByCountry, searchActorGroups } from "../filter/actorGroups";
import { getActorCounts } from "../filter/facetCounts";
import { formatCount } from "../format/formatCount";
import { useAppStore } from "../store";
import { CHECKBOX, FIELD, LINK_BUTTON, SECTION_LABEL } from "./classNames";
import { rovingTarget } from "./rovingFocus";

/**
 * Actors grouped by country, searchable, with how many events each would show given the
 * type and text filters (see facetCounts). Ticking several shows events of any of them.
 * The list is one Tab stop (roving tabindex): arrows move between actors, Space ticks,
 * O keeps only the focused one; hundreds of actors no longer stand between Tab and the timeline.
 */
export function ActorFilter() {
  const actors = useAppStore((s) => s.index?.actors ?? null);
  const selected = useAppStore((s) => s.filters.actorIds);
  const counts = useAppStore((s) => (s.index ? getActorCounts(s.index, s.filters) : null));
  const setFilters = useAppStore((s) => s.setFilters);
  const [search, setSearch] = useState("");
  const searchId = useId();
  const hintId = useId();
  const list = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  const groups = useMemo(() => (actors ? groupActorsByCountry(actors.values()) : []), [actors]);
  const shown = useMemo(() => searchActorGroups(groups, search), [groups, search]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  const order = useMemo(() => shown.flatMap((group) => group.actors.map((actor) => actor.id)), [shown]);
  // The Tab stop: the last focused actor while it is still listed, else the first.
  const tabStop = activeId !== null && order.includes(activeId) ? activeId : order[0];

  const toggle = (id: string, on: boolean) =>
    setFilters({ actorIds: on ? [...selected, id] : selected.filter((a) => a !== id) });
  const only = (id: string) => setFilters({ actorIds: [id] });

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const id = (event.target as HTMLElement).dataset.actorId;
    if (id === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "o" || event.key === "O") {
      event.preventDefault();
      only(id);
      return;
    }
    const next = rovingTarget(event.key, order.indexOf(id), order.length);
    if (next === null) return;
    event.preventDefault();
    list.current?.querySelectorAll<HTMLInputElement>("input[data-actor-id]")[next]?.focus();
  };

  return (
    <fieldset className="flex min-h-0 min-w-0 flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">Actors</legend>
      <div className="flex items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-300">
        <span>{selected.length ? `${formatCount(selected.length)} selected` : "All actors"}</span>
        {selected.length > 0 && (
          <button type="button" className={LINK_BUTTON} onClick={() => setFilters({ actorIds: [] })}>
            Clear actors
          </button>
        )}
      </div>
      <label htmlFor={searchId} className="sr-only">
        Find an actor
      </label>
      <input
        id={searchId}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder="Find an actor or country"
        className={FIELD}
      />
      <p id={hintId} className="sr-only">
        Arrow keys move between actors, Space ticks one, O shows only that actor.
      </p>
      <div ref={list} className="max-h-[50vh] overflow-y-auto pr-1" tabIndex={-1} onKeyDown={onListKey}>
        {shown.length === 0 && <p className="py-2 text-sm text-slate-500 dark:text-slate-400">No actor matches “{search}”.</p>}
        {shown.map((group) => (
          <div key={group.country ?? "other"} role="group" aria-label={group.label} className="py-1 [content-visibility:auto]">
            <p aria-hidden="true" className={`${SECTION_LABEL} sticky top-0 bg-white py-0.5 dark:bg-slate-950`}>
              {group.label}
            </p>
            <ul>
              {group.actors.map((actor) => (
                <ActorOption
                  key={actor.id}
                  actor={actor}
                  count={counts?.get(actor.id) ?? 0}
                  checked={selectedSet.has(actor.id)}
                  tabStop={actor.id === tabStop}
                  hintId={hintId}
                  onFocus={setActiveId}
                  onToggle={toggle}
                  onOnly={only}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

interface ActorOptionProps {
  actor: Actor;
  count: number;
  checked: boolean;
  /** The one actor reachable with Tab (roving tabindex). */
  tabStop: boolean;
  hintId: string;
  onFocus: (id: string) => void;
  onToggle: (id: string, on: boolean) => void;
  onOnly: (id: string) => void;
}

function ActorOption({ actor, count, checked, tabStop, hintId, onFocus, onToggle, onOnly }: ActorOptionProps) {
  return (
    <li className="group relative flex items-center gap-1 rounded hover:bg-slate-100 dark:hover:bg-slate-800">
      <label className={`flex min-w-0 grow items-center gap-2 py-0.5 text-sm ${count === 0 && !checked ? "text-slate-400 dark:text-slate-500" : ""}`}>
        <input
          type="checkbox"
          checked={checked}
          data-actor-id={actor.id}
          tabIndex={tabStop ? 0 : -1}
          aria-describedby={hintId}
          aria-keyshortcuts="O"
          onFocus={() => onFocus(actor.id)}
          onChange={(e) => onToggle(actor.id, e.target.checked)}
          className={CHECKBOX}
        />
        <span className="truncate" title={actor.name}>
          {actor.name}
        </span>
        {actor.kind === "country" && <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">(country)</span>}
        <span className="ml-auto shrink-0 text-xs text-slate-500 tabular-nums dark:text-slate-400" data-testid="actor-count">
          {formatCount(count)}
          <span className="sr-only"> events</span>
        </span>
      </label>
      {/*
        Over the count while hidden, so names get its room; in the row on touch screens,
        where it always shows.
      */}
      <button
        type="button"
        className={`${LINK_BUTTON} absolute right-0 bg-slate-100 opacity-0 group-focus-within:opacity-100 group-hover:opacity-100 dark:bg-slate-800 [@media(hover:none)]:static [@media(hover:none)]:bg-transparent [@media(hover:none)]:opacity-100`}
        aria-label={`Only ${actor.name}`}
        title="Only this actor (O)"
        tabIndex={-1}
        onClick={() => onOnly(actor.id)}
      >
        only
      </button>
    </li>
  );
}
