// The build's list of every indexed page (fragment id → URL and title,
// src/lib/offline/search-hits.ts): it names hits before their fragments
// arrive, and offline the hits whose fragments are not in the copy.
import { PAGES_FILE, type SearchPages } from '../../lib/offline/search-hits.ts';

const lists = new Map<string, Promise<SearchPages>>();
const loaded = new Map<string, SearchPages>();

/** The list, fetched once per base; {} when it cannot be read (not kept, so a later call tries again). */
export function pageList(base: string): Promise<SearchPages> {
  let p = lists.get(base);
  if (!p) {
    p = fetch(`${base}pagefind/${PAGES_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<SearchPages>) : Promise.reject(new Error(String(r.status)))))
      .then(
        (pages) => (loaded.set(base, pages), pages),
        () => (lists.delete(base), {}),
      );
    lists.set(base, p);
  }
  return p;
}

/** The list if it has arrived. */
export const loadedPageList = (base: string): SearchPages | undefined => loaded.get(base);
