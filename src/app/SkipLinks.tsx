/**
 * "Skip to timeline" / "Skip to list": the first Tab stops of the page, visible only when
 * focused, so keyboard users need not tab through every filter first. They move focus
 * by script: the hash is the app's route (#/event/…), so a plain #id link would change it.
 */
const LINK =
  "sr-only rounded bg-white px-3 py-2 text-sm font-medium text-sky-800 shadow-lg focus:not-sr-only focus:absolute focus:top-2 focus:z-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:bg-slate-900 dark:text-sky-300";

const TARGETS = [
  { id: "timeline-canvas", label: "Skip to timeline", left: "focus:left-2" },
  { id: "event-grid", label: "Skip to list", left: "focus:left-40" },
];

export function SkipLinks() {
  return (
    <nav aria-label="Skip links">
      {TARGETS.map(({ id, label, left }) => (
        <a
          key={id}
          href={`#${id}`}
          className={`${LINK} ${left}`}
          onClick={(event) => {
            event.preventDefault();
            const target = document.getElementById(id);
            target?.scrollIntoView({ block: "nearest" });
            target?.focus();
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
