// Groups items by initial letter in Swedish alphabetical order (… X Y Z Å Ä Ö).
// Terms that start with a digit or sign share the group "#"; its anchor is a
// word, since "#" is not allowed in a URL fragment (href="#bokstav-#").
export const OTHER_ANCHOR = 'ovrigt';

export function alphabetGroups<T>(items: T[], label: (t: T) => string) {
  const sorted = [...items].sort((a, b) => label(a).localeCompare(label(b), 'sv'));
  const groups: { letter: string; anchor: string; items: T[] }[] = [];
  for (const item of sorted) {
    const letter = initialLetter(label(item));
    const last = groups.at(-1);
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, anchor: letter === '#' ? OTHER_ANCHOR : letter, items: [item] });
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
