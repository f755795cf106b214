// Groups items by initial letter in Swedish alphabetical order (… X Y Z Å Ä Ö).
export function alphabetGroups<T>(items: T[], label: (t: T) => string) {
  const sorted = [...items].sort((a, b) => label(a).localeCompare(label(b), 'sv'));
  const groups: { letter: string; items: T[] }[] = [];
  for (const item of sorted) {
    const first = label(item)
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .charAt(0)
      .toLocaleUpperCase('sv');
    const letter = /\p{L}/u.test(first) ? first : '#';
    const last = groups.at(-1);
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}
