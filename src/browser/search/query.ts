// The site's search (src/lib/search/engine.ts) on this page's Pagefind: the
// query as typed, and when it finds little, its corrected, question-free and
// split readings at once; hits with their best sections. Offline, hits not in
// the offline copy are marked (offline.ts).
import { createSearch, type Outcome, type Search } from '../../lib/search/engine.ts';
import { hitsFor } from './offline.ts';
import { loadPagefind, loadVocabulary, type Filters } from './pagefind.ts';

export type SearchResult = Outcome;

const searches = new Map<string, Search>();

export function search(
  base: string,
  query: string,
  filters: Filters = {},
  limit = 8,
  { exact = false } = {},
): Promise<SearchResult> {
  let s = searches.get(base);
  if (!s)
    searches.set(
      base,
      (s = createSearch(
        () => loadPagefind(base),
        () => loadVocabulary(base),
        hitsFor(base),
      )),
    );
  return s(query, { filters, limit, exact });
}

/** The search page's address for a query; `exact` asks for the words as typed, uncorrected. */
export const searchPageUrl = (base: string, query: string, exact = false): string =>
  `${base}sok/?q=${encodeURIComponent(query)}${exact ? '&exakt' : ''}`;
