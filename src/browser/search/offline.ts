// The search's hits when the network may be gone (src/lib/offline/search-hits.ts):
// this page's network state, the page list from the offline copy, and the
// service worker's caches, asked directly (no message round trip to the worker).
import type { LoadHits } from '../../lib/search/engine.ts';
import { PAGES_FILE, offlineAwareHits, type SearchPages } from '../../lib/offline/search-hits.ts';

/** True when a cache of this site holds the page: the worker answers it without network. */
const cached = async (key: string): Promise<boolean> =>
  typeof caches !== 'undefined' && (await caches.match(key).catch(() => undefined)) !== undefined;

export function hitsFor(base: string): LoadHits {
  let pages: Promise<SearchPages> | undefined;
  // Fetched the first time a fragment is missing; a failure is not kept, so the next search tries again.
  const loadPages = () =>
    (pages ??= fetch(`${base}pagefind/${PAGES_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<SearchPages>) : Promise.reject(new Error(String(r.status)))))
      .catch(() => {
        pages = undefined;
        return {};
      }));
  return offlineAwareHits({ online: () => navigator.onLine, pages: loadPages, cached });
}
