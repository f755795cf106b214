// Small list helpers shared by the grouped index pages.

/** Items grouped under keys in the keys' order, each group sorted, empty groups dropped. */
export function groupInOrder<K extends string, T>(
  keys: K[],
  items: T[],
  keyOf: (t: T) => K,
  compare: (a: T, b: T) => number,
) {
  return keys
    .map((key) => ({ key, items: items.filter((i) => keyOf(i) === key).sort(compare) }))
    .filter((g) => g.items.length > 0);
}

/** Distinct values as select options, sorted by their Swedish label. */
export function sortedOptions(values: Iterable<string>, label: (v: string) => string) {
  return [...new Set(values)]
    .map((value) => ({ value, label: label(value) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}
