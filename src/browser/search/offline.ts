// The search's hits when the network may be gone (src/lib/offline/search-hits.ts):
// this page's network state, the page list from the offline copy, and the
// service worker's caches, asked directly (no message round trip to the worker).
import type { LoadHits } from '../../lib/search/engine.ts';
import { offlineAwareHits } from '../../lib/offline/search-hits.ts';
import { pageList } from './page-list.ts';

/** True when a cache of this site holds the page: the worker answers it without network. */
const cached = async (key: string): Promise<boolean> =>
  typeof caches !== 'undefined' && (await caches.match(key).catch(() => undefined)) !== undefined;

export function hitsFor(base: string): LoadHits {
  return offlineAwareHits({ online: () => navigator.onLine, pages: () => pageList(base), cached });
}
