// Readability as LIX (läsbarhetsindex, Björnsson): words per sentence plus the
// share of long words. The checker, `npm run report` and /granskning/ use the
// same word and sentence split, so their figures agree.

/** A word: letters, with inner hyphens or apostrophes ("e-post", "barn-och"). Digits are not words. */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** A long word has more than six letters. */
export const LONG_WORD = 6;

export const words = (text: string): string[] => text.match(WORD) ?? [];

/**
 * Sentences of a block of text: they end at . ! ? or : followed by a space
 * and an upper-case letter or digit (so "t.ex. den" stays one sentence), and
 * at the end of the block. Blocks with no words give none.
 */
export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.!?:])\s+(?=[\p{Lu}\d"”'])/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export interface Lix {
  words: number;
  sentences: number;
  longWords: number;
  /** Rounded to a whole number; 0 when there is no text. */
  lix: number;
}

/** LIX = words / sentences + 100 × long words / words, over blocks of text (paragraphs, headings, list items). */
export function lix(blocks: readonly string[]): Lix {
  let w = 0;
  let s = 0;
  let long = 0;
  for (const block of blocks) {
    const ws = words(block);
    if (!ws.length) continue;
    w += ws.length;
    long += ws.filter((x) => x.replace(/['’-]/g, '').length > LONG_WORD).length;
    s += sentences(block).length;
  }
  if (!w) return { words: 0, sentences: 0, longWords: 0, lix: 0 };
  return { words: w, sentences: s, longWords: long, lix: Math.round(w / s + (100 * long) / w) };
}

/** How hard a LIX figure is, in the usual Swedish bands. */
export function lixLevel(value: number): string {
  if (value < 30) return 'mycket lättläst';
  if (value <= 40) return 'lättläst';
  if (value <= 50) return 'medelsvår';
  if (value <= 60) return 'svår';
  return 'mycket svår';
}
