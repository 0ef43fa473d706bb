/** Whole numbers with thousands separators ("4,500"), the same on every machine. */
const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** "1 event", "4,500 events". */
export function pluralize(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
