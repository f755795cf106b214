// Runs a search on Pagefind and returns the first hits with their data.
import { compoundSplits } from '../../lib/query-splits.ts';
import { loadPagefind, type Filters, type Hit, type PagefindResult } from './pagefind.ts';

export interface SearchResult {
  total: number;
  hits: Hit[];
}

/**
 * A compound the site never writes as one word still finds pages with its parts:
 * when the word alone finds little, the split that finds most is added after its hits.
 */
export async function search(base: string, query: string, filters: Filters = {}, limit = 8): Promise<SearchResult> {
  const pf = await loadPagefind(base);
  let results: PagefindResult[] = (await pf.search(query, { filters }))?.results ?? [];
  if (results.length < 3) {
    let best: PagefindResult[] = [];
    for (const q of compoundSplits(query)) {
      const r = (await pf.search(q, { filters }))?.results ?? [];
      if (r.length > best.length) best = r;
    }
    const seen = new Set(results.map((r) => r.id));
    results = [...results, ...best.filter((r) => !seen.has(r.id))];
  }
  const hits = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return { total: results.length, hits };
}
