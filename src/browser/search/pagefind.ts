// Pagefind, loaded from the built site (dist/pagefind/) once per page: the index
// starts loading when someone reaches for a search field, with the site's
// ranking weights (written next to the index by src/integrations/pagefind.ts).
// Only the parts of its API the site uses are typed (src/lib/search/engine.ts).
import type { PagefindApi } from '../../lib/search/engine.ts';
import { RANKING_FILE, VOCABULARY_FILE, type Ranking } from '../../lib/search/ranking.ts';
import type { Vocabulary } from '../../lib/search/vocabulary.ts';

export type { Hit } from '../../lib/search/engine.ts';
export type Pagefind = PagefindApi;

/** Chosen filter values: { "Innehållstyp": { any: ["Sida"] } }. */
export type Filters = Record<string, { any: string[] }>;

const json = async <T>(url: string): Promise<T> => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return (await r.json()) as T;
};

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; `base` is the site's base path with a trailing slash. */
export function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= Promise.all([
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
    // Without the weights the search still works, with Pagefind's own ranking.
    json<Ranking>(`${base}pagefind/${RANKING_FILE}`).catch(() => undefined),
  ]).then(async ([pf, ranking]) => {
    await pf.options({ excerptLength: 24, ...(ranking ? { ranking } : {}) });
    pf.init();
    return pf;
  });
  return pagefind;
}

/** The site's vocabulary for typo correction: fetched the first time a query finds little. */
export const loadVocabulary = (base: string): Promise<Vocabulary> =>
  json<Vocabulary>(`${base}pagefind/${VOCABULARY_FILE}`);
