/** Placeholder until the panels are built; reads its state from the store. */
export function FilterPanel() {
  return null;
}
