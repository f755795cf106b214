// Which searches to run for a query. The query as typed first; when it finds
// little, other readings of it, all searched at once: without its question
// words, with its typos corrected from the site's vocabulary, and a long word
// the site writes apart, split in two. Pure: the browser runs the searches.
import { compoundSplits } from '../query-splits.ts';
import { contentWords } from './stop-words.ts';
import { withoutSigns } from './synonyms.ts';
import { correctQuery, type Corrector } from './vocabulary.ts';

/** Fewer hits than this and the other readings are searched too. */
export const FEW_HITS = 3;

export type Reading = 'innehållsord' | 'rättad' | 'delad';

export interface Alternative {
  query: string;
  reading: Reading;
}

/** The query as Pagefind should get it: signs such as "§" removed ("§37" → "37"). */
export const primaryQuery = (query: string): string => withoutSigns(query);

/** The readings that need no vocabulary: content words and compound splits. */
export function plainAlternatives(query: string): Alternative[] {
  const q = primaryQuery(query);
  const content = contentWords(q);
  return [
    ...(content ? [{ query: content, reading: 'innehållsord' as const }] : []),
    ...compoundSplits(q).map((s) => ({ query: s, reading: 'delad' as const })),
  ];
}

/** The corrected reading, if the vocabulary knows better words (of the content words, for a question). */
export function correctedAlternative(query: string, correct: Corrector): Alternative | undefined {
  const q = primaryQuery(query);
  const corrected = correctQuery(contentWords(q) ?? q, correct);
  return corrected ? { query: corrected, reading: 'rättad' } : undefined;
}
