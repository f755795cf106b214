// Swedish compound splitting for the search index. Pagefind matches word
// prefixes only, so "mottagande" would never find "kvotflyktingmottagande".
// We find the compound's tails ("flyktingmottagande", "mottagande") and index
// them as extra terms of the page.

/** Inflection endings tried when checking whether a tail is a known word. */
const ENDINGS = [
  '',
  's',
  'n',
  't',
  'a',
  'e',
  'en',
  'et',
  'er',
  'ar',
  'or',
  'na',
  'ns',
  'es',
  'ens',
  'ets',
  'ade',
  'at',
  'ande',
  'ende',
  'erna',
  'arna',
  'orna',
  'ernas',
  'arnas',
  'ornas',
  'ena',
];
const MIN_PART = 3;
const MIN_WORD = 7;

export type Splitter = (word: string) => string[];

/**
 * Returns a function giving the tails of a compound at every valid split,
 * longest first ([] when the word is not a compound of known words).
 * A valid split is head + tail where the head is a chain of known words
 * (each optionally followed by the linking "s") and the tail is a known word
 * in any common inflection, or itself such a compound.
 */
export function createSplitter(known: Set<string>): Splitter {
  const isWord = (w: string) => w.length >= MIN_PART && known.has(w);
  const isInflected = (w: string) => ENDINGS.some((e) => w.endsWith(e) && isWord(w.slice(0, w.length - e.length)));

  const headMemo = new Map<string, boolean>();
  /** A chain of known words, each optionally followed by a linking "s". */
  const isHead = (w: string): boolean => {
    const hit = headMemo.get(w);
    if (hit !== undefined) return hit;
    let ok = isWord(w) || (w.endsWith('s') && isWord(w.slice(0, -1)));
    for (let p = MIN_PART; !ok && p <= w.length - MIN_PART; p++) {
      ok = isHead(w.slice(0, p)) && isHead(w.slice(p));
    }
    headMemo.set(w, ok);
    return ok;
  };

  const tailMemo = new Map<string, boolean>();
  const isTail = (w: string): boolean => {
    const hit = tailMemo.get(w);
    if (hit !== undefined) return hit;
    let ok = isInflected(w);
    for (let p = MIN_PART; !ok && p <= w.length - MIN_PART; p++) ok = isHead(w.slice(0, p)) && isTail(w.slice(p));
    tailMemo.set(w, ok);
    return ok;
  };

  const splitWord = (word: string): string[] => {
    if (word.includes('-'))
      return word
        .split('-')
        .filter((p) => p.length >= MIN_PART)
        .slice(1);
    if (word.length < MIN_WORD) return [];
    const tails: string[] = [];
    for (let p = MIN_PART; p <= word.length - MIN_PART; p++) {
      const tail = word.slice(p);
      if (isHead(word.slice(0, p)) && isTail(tail)) tails.push(tail);
    }
    return tails;
  };
  // Every page repeats most words of the others: split each word once per build.
  const memo = new Map<string, string[]>();
  return (input) => {
    // Swedish has no special lower-casing rules, and the locale-aware variant is far slower.
    const word = input.toLowerCase();
    let tails = memo.get(word);
    if (!tails) memo.set(word, (tails = splitWord(word)));
    return tails;
  };
}

/** The extra index terms for a text: tails of its compounds not already in it. */
export function compoundTerms(text: string, split: Splitter): string[] {
  // Latin letters only: the word list is Swedish, and \p{L} is twice as slow.
  const words = new Set(text.toLowerCase().match(/[a-zà-öø-ÿ\u0100-\u017f-]+/g) ?? []);
  const extra = new Set<string>();
  for (const w of words) for (const t of split(w)) if (!words.has(t)) extra.add(t);
  return [...extra];
}
