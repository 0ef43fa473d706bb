/** Lanes by country or by actor: a two-button toggle (aria-pressed). */
import { useAppStore } from "../store";
import type { GroupBy } from "../store/viewSlice";

const OPTIONS: { value: GroupBy; label: string }[] = [
  { value: "country", label: "Country" },
  { value: "actor", label: "Actor" },
];

export function GroupByToggle() {
  const groupBy = useAppStore((s) => s.groupBy);
  const setGroupBy = useAppStore((s) => s.setGroupBy);
  return (
    <div role="group" aria-label="Lanes by" className="flex items-center gap-1 text-sm">
      <span className="text-slate-600 dark:text-slate-400">Lanes by</span>
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={groupBy === option.value}
          onClick={() => setGroupBy(option.value)}
          className="rounded border border-slate-300 px-2 py-1 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 aria-pressed:bg-slate-800 aria-pressed:text-white dark:border-slate-700 dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-900"
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
