// The site's search (src/lib/search/engine.ts) on this page's Pagefind: the
// query as typed, and when it finds little, its corrected, question-free and
// split readings at once; hits with their best sections. Offline, hits not in
// the offline copy are marked (offline.ts).
import { createSearch, type Outcome, type Search } from '../../lib/search/engine.ts';
import { namedHits } from '../../lib/offline/search-hits.ts';
import { hitsFor } from './offline.ts';
import { loadedPageList, pageList } from './page-list.ts';
import { loadPagefind, loadVocabulary, type Filters } from './pagefind.ts';

export type SearchResult = Outcome;

const searches = new Map<string, Search>();

function searchFor(base: string): Search {
  let s = searches.get(base);
  if (!s)
    searches.set(
      base,
      (s = createSearch(
        () => loadPagefind(base),
        () => loadVocabulary(base),
        hitsFor(base),
        // Offline the final hits say which pages are unavailable: no preview that would link them first.
        {
          load: () => void pageList(base),
          hits: (results) => (navigator.onLine ? namedHits(results, loadedPageList(base)) : undefined),
        },
      )),
    );
  return s;
}

export function search(
  base: string,
  query: string,
  filters: Filters = {},
  limit = 8,
  { exact = false, onPreview }: { exact?: boolean; onPreview?: (outcome: Outcome) => void } = {},
): Promise<SearchResult> {
  return searchFor(base)(query, { filters, limit, exact, onPreview });
}

/** Someone reached for a search field: Pagefind, the vocabulary and its corrector start loading. */
export const prepareSearch = (base: string): void => searchFor(base).prepare();

/** The search page's address for a query; `exact` asks for the words as typed, uncorrected. */
export const searchPageUrl = (base: string, query: string, exact = false): string =>
  `${base}sok/?q=${encodeURIComponent(query)}${exact ? '&exakt' : ''}`;
