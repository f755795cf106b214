// Puts the results of a query's readings (query-plan.ts) into one list.
// Pure: works on anything with an id, such as Pagefind's results.
import { FEW_HITS, type Alternative } from './query-plan.ts';

export interface Searched<T> {
  alternative: Alternative;
  results: T[];
}

export interface Combined<T> {
  results: T[];
  /** Set when the hits shown are for a corrected query, not the one typed: "Visar träffar för …". */
  shownFor?: string;
}

/**
 * A corrected query (some word is not the site's) with hits: those first, and
 * said so. Then the typed query's own hits; when they are few, the content
 * words' and the split that finds most after them.
 */
export function combine<T extends { id: string }>(typed: T[], others: Searched<T>[]): Combined<T> {
  const hasCorrection = others.some((o) => o.alternative.reading === 'rättad' && o.results.length);
  if (typed.length >= FEW_HITS && !hasCorrection) return { results: typed };
  const of = (reading: Alternative['reading']) => others.filter((o) => o.alternative.reading === reading);
  const corrected = of('rättad').find((o) => o.results.length);
  const content = of('innehållsord');
  const split = of('delad').reduce<Searched<T> | undefined>(
    (best, o) => (o.results.length > (best?.results.length ?? 0) ? o : best),
    undefined,
  );
  const order = [corrected?.results ?? [], typed, ...content.map((o) => o.results), split?.results ?? []];
  const seen = new Set<string>();
  const results = order.flat().filter((r) => !seen.has(r.id) && seen.add(r.id));
  return { results, shownFor: corrected?.alternative.query };
}
