// How search compares words: lower case, NFC, and å/ä → a, ö → o (and other
// accents dropped), as Pagefind folds diacritics when it matches. A word typed
// without Swedish letters is the same word, not a typo.

/** Lower case and NFC: å, ä and ö stay one letter each. */
export const lower = (s: string): string => s.normalize('NFC').toLocaleLowerCase('sv');

/** The word as Pagefind matches it: accents removed, so "bosattning" equals "bosättning". */
export const fold = (s: string): string =>
  lower(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/æ/g, 'ae');

/** The words of a text: runs of letters and digits (a hyphen inside a word is kept, as in "37-medel"). */
export const words = (s: string): string[] => lower(s).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
