/** Sizes shared by the marks, the legend and hit testing (CSS px). */
export const MARK_RADIUS = 5.5;
/** Half-diagonal of a veto diamond: a little bigger than a dot so equal areas read alike. */
export const DIAMOND_RADIUS = 7;
export const RANGE_BAR_HEIGHT = 6;
export const SELECTION_RING = 4;
