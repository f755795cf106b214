// Edit distance for typo correction: insertions, deletions, substitutions and
// swaps of two neighbouring letters (optimal string alignment), on folded
// words (fold.ts), so "bosatningsunderlag" is one edit from "bosättningsunderlag"
// and å, ä, ö count as one letter each.
import { fold } from './fold.ts';

/**
 * Distance between two words given as arrays of letters, or Infinity as soon
 * as it must exceed `max` (the common case when scanning a vocabulary, kept cheap).
 */
export function letterDistance(s: readonly string[], t: readonly string[], max: number): number {
  if (Math.abs(s.length - t.length) > max) return Infinity;
  // Three rows: two back for the swap, one back, current.
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return Infinity;
    prev2 = prev;
    prev = row;
  }
  const d = prev[t.length];
  return d > max ? Infinity : d;
}

/** Distance between two words after folding (fold.ts), or Infinity beyond `max`. */
export const editDistance = (a: string, b: string, max = 2): number => letterDistance([...fold(a)], [...fold(b)], max);

/** How many edits a word of this length may be away: none below 4 letters, 1 up to 7, then 2. */
export const allowedEdits = (word: string): number => {
  const n = [...word].length;
  return n < 4 ? 0 : n < 8 ? 1 : 2;
};
