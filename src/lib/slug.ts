// File names (and so ids and URLs) from Swedish titles: "Ärenden hos Försäkringskassan"
// → "arenden-hos-forsakringskassan". ASCII only, so URLs stay readable when copied.
const SPECIAL: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', æ: 'ae', ø: 'o', ß: 'ss' };

export function slugify(title: string): string {
  return title
    .toLocaleLowerCase('sv')
    .replace(/[åäöæøß]/g, (c) => SPECIAL[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // é → e, ü → u
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when a file name (without extension) is already a clean slug. */
export const isSlug = (name: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name);
