// The site's own vocabulary, for typo correction: every word of the indexed
// text and the glossary, most frequent first. Counted at index time and written
// as a small JSON file next to the index; the browser loads it only when a
// query finds little (vocabulary-file.ts names the file).
import { allowedEdits, letterDistance } from './edit-distance.ts';
import { fold, lower, words } from './fold.ts';

/** Shorter words are not corrected (edit-distance.ts), so they are not worth shipping. */
const MIN_LENGTH = 4;

/** Adds the words of a text to the counts (letters only: numbers are never typos of each other). */
export function countWords(text: string, counts: Map<string, number>, weight = 1): void {
  for (const token of words(text))
    for (const w of token.split('-'))
      if (w.length >= MIN_LENGTH && !/\p{N}/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + weight);
}

/** Adds counts of another share of the pages (the index copies are written by two threads). */
export function mergeCounts(into: Map<string, number>, from: Map<string, number>): void {
  for (const [w, n] of from) into.set(w, (into.get(w) ?? 0) + n);
}

export interface Vocabulary {
  /** Most frequent first; the order breaks ties between equally close words. */
  words: string[];
}

/** The file's content: at most `limit` words, most frequent first (then alphabetical, for stable builds). */
export function vocabulary(counts: Map<string, number>, limit = 30_000): Vocabulary {
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return { words: sorted.slice(0, limit).map(([w]) => w) };
}

/** Returns the closest vocabulary word for a word that is not in it, or undefined (known word, or nothing close). */
export type Corrector = (word: string) => string | undefined;

export function createCorrector(vocab: Vocabulary): Corrector {
  const folded = vocab.words.map((w) => [...fold(w)]);
  const known = new Set(vocab.words.map(fold));
  // Sorted folded words: a word that starts a vocabulary word is found by Pagefind's prefix match.
  const sorted = [...known].sort();
  const startsSome = (w: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < w) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo].startsWith(w);
  };
  return (input) => {
    const word = lower(input);
    const max = allowedEdits(word);
    const f = fold(word);
    if (!max || /\p{N}/u.test(word) || known.has(f) || startsSome(f)) return undefined;
    const letters = [...f];
    let best: string | undefined;
    let bestDistance = max + 1;
    for (let i = 0; i < folded.length; i++) {
      const d = letterDistance(letters, folded[i], bestDistance - 1);
      if (d < bestDistance) {
        best = vocab.words[i];
        bestDistance = d;
        if (d === 1) break; // the most frequent word one edit away: nothing closer but the word itself
      }
    }
    return best;
  };
}

/** The query with each unknown word replaced by its closest vocabulary word, or undefined when nothing changes. */
export function correctQuery(query: string, correct: Corrector): string | undefined {
  let changed = false;
  const out = words(query).map((w) => {
    const c = correct(w);
    if (c && c !== w) changed = true;
    return c ?? w;
  });
  return changed ? out.join(' ') : undefined;
}
