// Which built files make up the bounded offline copy: what a facilitator needs
// without network (the map with its steps and presentation, the models, the
// checklist, the search engine and its index), never the whole site. Other
// pages are cached as they are read (see eviction.ts).
import { RANKING_FILE, VOCABULARY_FILE } from '../search/ranking.ts';
import { PAGES_FILE } from './search-hits.ts';

/** Pages of the copy, as paths of their index.html below dist/ (a trailing * takes every page below). */
export const COPY_PAGES = [
  'index.html',
  '404.html',
  'processkarta/*',
  'samverkansmodeller/*',
  'checklista/index.html',
  'begrepp/index.html',
  'sok/index.html',
];

/** Files the copied pages need: styles and scripts, the icon, the map exports. */
const COPY_FILES = [/^_astro\/(?!.*\.map$)/, /^js\/[^/]+\.js$/, /^favicon\.svg$/, /(^|\/)processkarta\.(pdf|pptx)$/];

/**
 * The search engine and what it reads for every query: the script, its worker
 * and wasm, the entry, the metadata, the word index and the filters; the site's
 * ranking weights and typo vocabulary (read with the first search: offline the
 * order and the corrections stay the same); the page list that names a hit
 * whose fragment is not cached (search-hits.ts). Fragments (one per page, the
 * result texts) are taken only for copied pages.
 */
const SEARCH_FILES = [
  /^pagefind\/pagefind(?:-worker)?\.js$/,
  /^pagefind\/pagefind-entry\.json$/,
  /^pagefind\/[^/]+\.pf_meta$/,
  /^pagefind\/wasm\.[^/]+\.pagefind$/,
  /^pagefind\/filter\//,
];
const SEARCH_DATA = [RANKING_FILE, VOCABULARY_FILE, PAGES_FILE].map((f) => `pagefind/${f}`);

/**
 * The word index: every query reads a few of its chunks. It grows with the
 * site (2.5 MB at 1 000 pages), so it is in the copy only while the whole copy
 * stays within COPY_BUDGET; above that its chunks are cached as searches use them.
 */
export const isIndexChunk = (rel: string) => /^pagefind\/index\//.test(rel);

/** Bytes the copy may take with the word index (the limit is 5 MiB after opening the map). */
export const COPY_BUDGET = 4 * 1024 * 1024;

/** True when a page (its index.html or other .html below dist/) belongs to the copy. */
export function isCopyPage(rel: string): boolean {
  return COPY_PAGES.some((p) =>
    p.endsWith('*') ? rel.startsWith(p.slice(0, -1)) && rel.endsWith('.html') : rel === p,
  );
}

/** A Pagefind fragment: kept when the page it describes is in the copy. */
export const isFragment = (rel: string) => /^pagefind\/fragment\//.test(rel);

/** True for a built file (not a fragment) that belongs to the copy. */
export function inCopy(rel: string): boolean {
  if (rel.endsWith('.html')) return isCopyPage(rel);
  return SEARCH_DATA.includes(rel) || [...COPY_FILES, ...SEARCH_FILES].some((re) => re.test(rel));
}

/** The index.html below dist/ for a page URL path below the base ("processkarta/x/" → "processkarta/x/index.html"). */
export function pageFile(urlPath: string): string {
  const p = urlPath.replace(/^\/+/, '').replace(/[?#].*$/, '');
  if (p === '' || p.endsWith('/')) return `${p}index.html`;
  return p.endsWith('.html') ? p : `${p}/index.html`;
}
