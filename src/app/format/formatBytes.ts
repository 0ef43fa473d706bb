/** A byte count in decimal units, as file managers and the README's figures give sizes ("37.9 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1000).toFixed(0)} KB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
