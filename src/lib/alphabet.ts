// Groups items by initial letter in Swedish alphabetical order (… X Y Z Å Ä Ö).
export function alphabetGroups<T>(items: T[], label: (t: T) => string) {
  const sorted = [...items].sort((a, b) => label(a).localeCompare(label(b), 'sv'));
  const groups: { letter: string; items: T[] }[] = [];
  for (const item of sorted) {
    const letter = initialLetter(label(item));
    const last = groups.at(-1);
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}

/** The letter a label is listed under: its first letter, upper case, or # for a digit. */
export function initialLetter(label: string): string {
  const first = label
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .charAt(0)
    .toLocaleUpperCase('sv');
  return /\p{L}/u.test(first) ? first : '#';
}
