/**
 * Tailwind class lists shared by the panels, so buttons and fields look and focus alike
 * (the focus ring must be visible in light and dark mode).
 */
export const FOCUS_RING =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-400";

export const BUTTON = `inline-flex items-center justify-center gap-1 rounded border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 ${FOCUS_RING}`;

/** A text-like button (for "only", "clear") that stays small in dense lists. */
export const LINK_BUTTON = `rounded px-1 text-xs font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-300 ${FOCUS_RING}`;

export const FIELD = `w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-400 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${FOCUS_RING}`;

export const CHECKBOX = `size-4 shrink-0 accent-sky-700 dark:accent-sky-400 ${FOCUS_RING}`;

export const SECTION_LABEL = "text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400";
