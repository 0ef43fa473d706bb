/** A run of the cleaned text copied from the source text. */
export interface MappedPiece {
  /** Offset in the cleaned text. */
  clean: number;
  /** Offset in the source text (the decoded file, or the text taken out of HTML/Markdown). */
  source: number;
  length: number;
}

/** Pieces in cleaned-text order; the text between them (paragraph breaks) has no source. */
export type OffsetMap = readonly MappedPiece[];

/**
 * The source offset of a cleaned-text offset, so evidence can be traced back to the file;
 * null for the inserted paragraph breaks.
 */
export function sourceOffset(map: OffsetMap, offset: number): number | null {
  let low = 0;
  let high = map.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const piece = map[mid]!;
    if (offset < piece.clean) high = mid - 1;
    else if (offset >= piece.clean + piece.length) low = mid + 1;
    else return piece.source + (offset - piece.clean);
  }
  return null;
}
