// How the service worker answers each request. Pure, so the worker and the
// tests share one decision table.
//
// - pages (HTML) and every file whose name does not change with its content:
//   network first with a short timeout, the copy as fallback (a stale routine
//   is worse than a slow page);
// - files whose name carries their content hash (Astro's /_astro/, Pagefind's
//   index chunks, fragments, metadata and wasm): cache first, they never change;
// - the worker script, other hosts, other methods and paths outside the site:
//   left to the browser.
export type Strategy = 'network-first' | 'cache-first' | 'browser';

/** What kind of thing a request fetches, for the cache it belongs in. */
export type Kind = 'page' | 'hashed' | 'file';

export interface Decision {
  strategy: Strategy;
  kind: Kind;
}

/** Pagefind files named by their content hash (pagefind.js, the entry and the worker are not). */
const PAGEFIND_HASHED = /^pagefind\/(?:fragment\/|index\/|filter\/|[^/]+\.pf_meta$|wasm\.[^/]+\.pagefind$)/;

/** The path below the base ('' for the start page), or undefined when outside it. */
export function sitePath(pathname: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (pathname === prefix.slice(0, -1)) return '';
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
}

/** True for a path that names a page: a directory URL, an .html file or a path without extension. */
export function isPagePath(rel: string): boolean {
  return rel === '' || rel.endsWith('/') || rel.endsWith('.html') || !/\.[a-z0-9_]+$/i.test(rel);
}

export function decide(
  req: { method: string; url: string; mode?: string },
  origin: string,
  base: string,
  swFile = 'sw.js',
): Decision | undefined {
  if (req.method !== 'GET') return undefined;
  const url = new URL(req.url);
  if (url.origin !== origin) return undefined;
  const rel = sitePath(url.pathname, base);
  if (rel === undefined || rel === swFile) return undefined;
  if (req.mode === 'navigate' || isPagePath(rel)) return { strategy: 'network-first', kind: 'page' };
  if (rel.startsWith('_astro/') || PAGEFIND_HASHED.test(rel)) return { strategy: 'cache-first', kind: 'hashed' };
  return { strategy: 'network-first', kind: 'file' };
}
