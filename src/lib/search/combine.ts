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
 * Enough hits for the query as typed: those alone. Otherwise its own hits
 * first, then the content words', then the corrected query's (first of all
 * when the typed query found nothing), then the split that finds most.
 */
export function combine<T extends { id: string }>(typed: T[], others: Searched<T>[]): Combined<T> {
  if (typed.length >= FEW_HITS) return { results: typed };
  const of = (reading: Alternative['reading']) => others.filter((o) => o.alternative.reading === reading);
  const corrected = of('rättad').find((o) => o.results.length);
  const content = of('innehållsord');
  const split = of('delad').reduce<Searched<T> | undefined>(
    (best, o) => (o.results.length > (best?.results.length ?? 0) ? o : best),
    undefined,
  );
  const correctedFirst = !typed.length && corrected !== undefined && !content.some((o) => o.results.length);
  const order = correctedFirst
    ? [corrected.results, typed, ...content.map((o) => o.results), split?.results ?? []]
    : [typed, ...content.map((o) => o.results), corrected?.results ?? [], split?.results ?? []];
  const seen = new Set<string>();
  const results = order.flat().filter((r) => !seen.has(r.id) && seen.add(r.id));
  return { results, shownFor: correctedFirst ? corrected.alternative.query : undefined };
}
