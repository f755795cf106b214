// Search without network (#15): every hit is still listed, so the reader learns
// that the page exists, but only a page the service worker has (the offline copy
// or a page read before) is linked; the others say "Inte tillgänglig utan nätverk".
// Only the copied pages' fragments (a hit's title and excerpt) are cached, so a
// hit whose fragment cannot be loaded is named from the page list the build
// writes next to the index (PAGES_FILE, in the copy). Pure: the browser passes
// in the network state, the page list and the caches (src/browser/search/offline.ts).
import { toHit, type Hit, type LoadHits, type PagefindData } from '../search/engine.ts';

/** The page list's file, next to Pagefind's own (written by src/integrations/service-worker.ts). */
export const PAGES_FILE = 'metodstod-sidor.json';

/** A page of the list: its URL (with the base path, as Pagefind's) and its title. */
export type SearchPage = [url: string, title: string];

/** Fragment id (Pagefind's result id) → the page, for every indexed page. */
export type SearchPages = Record<string, SearchPage>;

/** What a hit is called when neither its fragment nor the page list can be read. */
export const UNKNOWN_PAGE = 'Okänd sida';

/** The fragment id of a fragment file below the output folder ("pagefind/fragment/sv_1a.pf_fragment" → "sv_1a"). */
export const fragmentId = (rel: string): string | undefined =>
  /^pagefind\/fragment\/([^/]+)\.pf_fragment$/.exec(rel)?.[1];

/** The page list's content, in a stable order (fragment ids sorted) so a rebuild gives the same bytes. */
export function searchPages(pages: Iterable<{ id: string; url: string; title?: string }>): SearchPages {
  const sorted = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return Object.fromEntries(sorted.map((p) => [p.id, [p.url, p.title ?? '']]));
}

/** The key a page is cached by: its URL without #section or ?query. */
export const cacheKey = (url: string): string => url.replace(/[#?].*$/, '');

const allLoaded = (data: readonly (PagefindData | undefined)[]): data is PagefindData[] =>
  data.every((d) => d !== undefined);

/**
 * A hit when the network may be gone. `cached`: the page is in the service worker's
 * caches. A cached page is the usual hit (without excerpt when its fragment is
 * missing); any other is listed by its title, or its URL, and marked unavailable:
 * no link, and no section links either.
 */
export function offlineHit(data: PagefindData | undefined, page: SearchPage | undefined, cached: boolean): Hit {
  if (data) return cached ? toHit(data) : { ...data, sections: [], unavailable: true };
  const url = page?.[0] ?? '';
  const hit: Hit = { url, excerpt: '', meta: { title: page?.[1] || url || UNKNOWN_PAGE }, sections: [] };
  return cached && url ? hit : { ...hit, unavailable: true };
}

/** What the offline-aware loader needs from the browser. */
export interface OfflineIo {
  /** navigator.onLine: false for certain when the browser knows it has no network. */
  online: () => boolean;
  /** The page list (PAGES_FILE); {} when it cannot be read. */
  pages: () => Promise<SearchPages>;
  /** Whether the service worker has a page, by its cacheKey(). */
  cached: (key: string) => Promise<boolean>;
}

/**
 * The hits, online exactly as Pagefind gives them. Offline (the browser says so,
 * or some fragment could not be loaded) each hit is checked against the caches,
 * and the page list is read only when a fragment is missing.
 */
export function offlineAwareHits(io: OfflineIo): LoadHits {
  return async (results) => {
    const data = await Promise.all(
      results.map((r) =>
        r.data().then(
          (d) => d,
          () => undefined,
        ),
      ),
    );
    if (allLoaded(data) && io.online()) return data.map(toHit);
    const pages = allLoaded(data) ? {} : await io.pages();
    return Promise.all(
      results.map(async (r, i) => {
        const page = pages[r.id] as SearchPage | undefined;
        const url = data[i]?.url ?? page?.[0];
        return offlineHit(data[i], page, url !== undefined && (await io.cached(cacheKey(url))));
      }),
    );
  };
}

/**
 * Hits named from the page list, before their fragments (excerpt, sections)
 * are loaded; undefined unless the list names every result.
 */
export function namedHits(results: readonly { id: string }[], pages: SearchPages | undefined): Hit[] | undefined {
  if (!pages) return undefined;
  const hits: Hit[] = [];
  for (const r of results) {
    const page = pages[r.id] as SearchPage | undefined;
    if (!page) return undefined;
    hits.push({ url: page[0], excerpt: '', meta: { title: page[1] || page[0] }, sections: [] });
  }
  return hits;
}
