/**
 * Fixed-height row virtualisation for the event list: which rows to put in the DOM for a
 * scroll position, where to place them, and where to scroll to show a row. Browsers cap
 * an element's height (Chrome near 33 million px), so past `MAX_CONTENT_PX` the content
 * is shortened and scroll positions are scaled: a million rows still scroll end to end.
 */
export const MAX_CONTENT_PX = 8_000_000;

export interface ListGeometry {
  count: number;
  rowHeight: number;
  viewportHeight: number;
  /** Height of the scrolled content in real px. */
  contentHeight: number;
  /** Virtual px (rows × height) per real scrolled px; 1 unless the list is huge. */
  scale: number;
}

export function listGeometry(count: number, rowHeight: number, viewportHeight: number): ListGeometry {
  const virtual = count * rowHeight;
  const contentHeight = Math.min(virtual, MAX_CONTENT_PX);
  const scrollable = contentHeight - viewportHeight;
  const scale = virtual > contentHeight && scrollable > 0 ? (virtual - viewportHeight) / scrollable : 1;
  return { count, rowHeight, viewportHeight, contentHeight, scale };
}

export interface VisibleRows {
  /** First row to render. */
  first: number;
  /** One past the last row to render. */
  end: number;
  /** Real px from the top of the content to the top of row `first`. */
  firstTop: number;
}

export function visibleRows(g: ListGeometry, scrollTop: number, overscan = 4): VisibleRows {
  const virtualTop = scrollTop * g.scale;
  const first = Math.max(0, Math.floor(virtualTop / g.rowHeight) - overscan);
  const end = Math.min(g.count, Math.ceil((virtualTop + g.viewportHeight) / g.rowHeight) + overscan);
  // Rows sit at their virtual offset relative to the scrolled viewport, so they line up
  // at any scale; at scale 1 this is simply first × rowHeight.
  const firstTop = first * g.rowHeight - virtualTop + scrollTop;
  return { first, end: Math.max(first, end), firstTop };
}

/** The scroll position that brings `row` fully into view with the least movement, or null if it is. */
export function scrollTopToShow(g: ListGeometry, row: number, scrollTop: number): number | null {
  const virtualTop = scrollTop * g.scale;
  const rowTop = row * g.rowHeight;
  const rowBottom = rowTop + g.rowHeight;
  if (rowTop >= virtualTop && rowBottom <= virtualTop + g.viewportHeight) return null;
  const target = rowTop < virtualTop ? rowTop : rowBottom - g.viewportHeight;
  return Math.max(0, target / g.scale);
}

/** How many whole rows fit in the viewport (PageUp/PageDown step). */
export function rowsPerPage(g: ListGeometry): number {
  return Math.max(1, Math.floor(g.viewportHeight / g.rowHeight));
}
