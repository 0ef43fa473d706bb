/**
 * Roving tabindex for a list that is one Tab stop (WAI-ARIA APG, "Managing focus within
 * components"): which item an arrow key moves to. Pure, so the keys are tested without a DOM.
 * https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/#kbd_roving_tabindex
 */
export function rovingTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowDown":
      return Math.min(current + 1, count - 1);
    case "ArrowUp":
      return Math.max(current - 1, 0);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    case "PageDown":
      return Math.min(current + 10, count - 1);
    case "PageUp":
      return Math.max(current - 10, 0);
    default:
      return null;
  }
}
