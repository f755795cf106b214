// Which items a filter form shows. Pure, so it is unit-tested; the DOM side is
// src/browser/filter-list.ts.

/**
 * Does an item with these values match the chosen filters? An item matches when,
 * for every chosen value, its (space-separated) value of that name contains it.
 */
export function matches(values: Record<string, string | undefined>, chosen: Record<string, string>): boolean {
  return Object.entries(chosen).every(([name, want]) => !want || (values[name] ?? '').split(' ').includes(want));
}
