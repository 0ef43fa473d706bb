/**
 * Canvas colours come from CSS custom properties (styles.css), so light and dark mode
 * are defined once and the canvas follows `prefers-color-scheme` like the rest of the page.
 */
export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  laneAlt: string;
  statement: string;
  veto: string;
  referenced: string;
  cluster: string;
  clusterText: string;
  selected: string;
  tooltipBackground: string;
  tooltipBorder: string;
}

const VARIABLES: Record<keyof Palette, string> = {
  background: "--dt-bg",
  text: "--dt-fg",
  muted: "--dt-muted",
  grid: "--dt-grid",
  laneAlt: "--dt-lane-alt",
  statement: "--dt-statement",
  veto: "--dt-veto",
  referenced: "--dt-referenced",
  cluster: "--dt-cluster",
  clusterText: "--dt-cluster-text",
  selected: "--dt-selected",
  tooltipBackground: "--dt-tooltip-bg",
  tooltipBorder: "--dt-tooltip-border",
};

export function readPalette(element: Element = document.documentElement): Palette {
  const style = getComputedStyle(element);
  const entries = Object.entries(VARIABLES).map(([key, name]) => [key, style.getPropertyValue(name).trim() || "gray"]);
  return Object.fromEntries(entries) as Palette;
}

/** Calls `onChange` when the system switches between light and dark; returns the unsubscribe. */
export function onColorSchemeChange(onChange: () => void): () => void {
  const query = matchMedia("(prefers-color-scheme: dark)");
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
