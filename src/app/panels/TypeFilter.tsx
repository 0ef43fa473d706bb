import type { EventSubtype, EventType } from "../../model";
import { getSubtypeCounts } from "../filter/facetCounts";
import { SUBTYPES_BY_TYPE, subtypeLabel } from "../format/describeEventType";
import { formatCount } from "../format/formatCount";
import { useAppStore } from "../store";
import { CHECKBOX, SECTION_LABEL } from "./classNames";

const GROUP_LABELS: Record<EventType, string> = { statement: "Statements", veto: "Vetoes" };

/** Checkboxes per subtype, grouped by type; counts follow the actor and text filters. */
export function TypeFilter() {
  const selected = useAppStore((s) => s.filters.subtypes);
  const counts = useAppStore((s) => (s.index ? getSubtypeCounts(s.index, s.filters) : null));
  const setFilters = useAppStore((s) => s.setFilters);

  const toggle = (subtype: EventSubtype, on: boolean) =>
    setFilters({ subtypes: on ? [...selected, subtype] : selected.filter((s) => s !== subtype) });

  return (
    <fieldset className="flex min-w-0 flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">Type</legend>
      {(Object.keys(SUBTYPES_BY_TYPE) as EventType[]).map((type) => (
        <div key={type} role="group" aria-label={GROUP_LABELS[type]}>
          <p aria-hidden="true" className={SECTION_LABEL}>
            {GROUP_LABELS[type]}
          </p>
          <ul>
            {SUBTYPES_BY_TYPE[type].map((subtype) => (
              <li key={subtype}>
                <label className="flex items-center gap-2 py-0.5 text-sm">
                  <input
                    type="checkbox"
                    checked={selected.includes(subtype)}
                    onChange={(e) => toggle(subtype, e.target.checked)}
                    className={CHECKBOX}
                  />
                  <span className="grow">{subtypeLabel(subtype)}</span>
                  {counts && (
                    <span className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
                      {formatCount(counts.get(subtype) ?? 0)}
                    </span>
                  )}
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}
