// Where each content type lives on the site. The one place that knows URLs,
// used by pages, components and the Markdown link rewriter.

/** The site's base path without a trailing slash ('' at the root). */
export const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

/** Prefix a root-relative path with the base path; leave anything else alone. */
export function withBase(path: string, base = BASE): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (base && (path === base || path.startsWith(`${base}/`))) return path;
  return `${base}${path}`;
}

export type UrlCollection =
  | 'sidor'
  | 'avsnitt'
  | 'samverkansmodeller'
  | 'processkarta'
  | 'faser'
  | 'checklista'
  | 'lankar'
  | 'begrepp'
  | 'aktorer'
  | 'dokument';

/** Root-relative URL (without base) of an entry. */
export function entryPath(collection: UrlCollection, id: string): string {
  switch (collection) {
    case 'sidor':
      return `/${id}/`;
    case 'avsnitt':
      return id === 'start' ? '/' : `/${id}/`;
    case 'faser':
      return `/processkarta/#fas-${id}`;
    case 'checklista':
    case 'lankar':
    case 'begrepp':
      return `/${collection}/#${id}`;
    default:
      return `/${collection}/${id}/`;
  }
}

/** entryPath with the base path: what goes into an href. */
export const entryUrl = (collection: UrlCollection, id: string) => withBase(entryPath(collection, id));

/** Content folder (relative to content/) → collection, for links written as file paths. */
export const FOLDER_COLLECTIONS: Record<string, UrlCollection> = {
  sidor: 'sidor',
  avsnitt: 'avsnitt',
  samverkansmodeller: 'samverkansmodeller',
  'processkarta/steg': 'processkarta',
  'processkarta/faser': 'faser',
  checklista: 'checklista',
  lankar: 'lankar',
  begrepp: 'begrepp',
  aktorer: 'aktorer',
  dokument: 'dokument',
};

/**
 * Map a content file path (relative to content/, e.g. "samverkansmodeller/x.mdx")
 * to its site path, or undefined when it is not a content entry.
 */
export function contentFileToPath(relPath: string): string | undefined {
  const clean = relPath.replace(/\\/g, '/');
  const folder = Object.keys(FOLDER_COLLECTIONS)
    .sort((a, b) => b.length - a.length)
    .find((f) => clean.startsWith(`${f}/`));
  if (!folder) return undefined;
  const id = clean.slice(folder.length + 1).replace(/\.(mdx?|ya?ml)$/, '');
  return entryPath(FOLDER_COLLECTIONS[folder], id);
}
