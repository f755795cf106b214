// Where each content type lives on the site. The one place that knows URLs,
// used by pages, components and the Markdown link rewriter. Each address
// rule itself is in the type's declaration (src/content-types/).
import { CONTENT_TYPES, contentType, typeOfFolder, type CollectionName } from '../content-types/index.ts';

/** The site's base path without a trailing slash ('' at the root). */
export const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

/** Prefix a root-relative path with the base path; leave anything else alone. */
export function withBase(path: string, base = BASE): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (base && (path === base || path.startsWith(`${base}/`))) return path;
  return `${base}${path}`;
}

/** A collection that has addresses on the site: every declared content type. */
export type UrlCollection = CollectionName;

/** Root-relative URL (without base) of an entry, as its declaration says. */
export function entryPath(collection: UrlCollection, id: string): string {
  const type = contentType(collection);
  if (!type) throw new Error(`Okänd innehållstyp "${collection}"`);
  return type.path(id);
}

/** entryPath with the base path: what goes into an href. */
export const entryUrl = (collection: UrlCollection, id: string) => withBase(entryPath(collection, id));

/** Content folder (relative to content/) → collection, for links written as file paths. */
export const FOLDER_COLLECTIONS: Record<string, UrlCollection> = Object.fromEntries(
  CONTENT_TYPES.map((t) => [t.folder, t.name]),
);

/**
 * Map a content file path (relative to content/, e.g. "samverkansmodeller/x.mdx")
 * to its site path, or undefined when it is not a content entry.
 */
export function contentFileToPath(relPath: string): string | undefined {
  const clean = relPath.replace(/\\/g, '/');
  const type = typeOfFolder(clean);
  if (!type) return undefined;
  return type.path(type.id(clean.slice(type.folder.length + 1)));
}
