// The precache manifest: every file of the offline copy with a revision (a
// hash of its bytes), so a new deploy fetches only the files that changed.
import { createHash } from 'node:crypto';

export interface PrecacheEntry {
  url: string;
  revision: string;
  /** Bytes, for the size of the copy (not used by the worker). */
  size: number;
}

export const revisionOf = (content: Uint8Array | string) =>
  createHash('sha256').update(content).digest('hex').slice(0, 16);

/** The URL a file is requested by: pages by their directory URL. */
export function precacheUrl(rel: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (rel === 'index.html') return prefix;
  if (rel.endsWith('/index.html')) return `${prefix}${rel.slice(0, -'index.html'.length)}`;
  return `${prefix}${rel}`;
}

/** A manifest entry for a built file. */
export const entryFor = (rel: string, content: Uint8Array, base: string): PrecacheEntry => ({
  url: precacheUrl(rel, base),
  revision: revisionOf(content),
  size: content.byteLength,
});

/** The cache version: a hash of every URL and revision, independent of order. */
export function manifestVersion(entries: readonly Pick<PrecacheEntry, 'url' | 'revision'>[]): string {
  const hash = createHash('sha256');
  for (const e of [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)))
    hash.update(e.url).update('\0').update(e.revision).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** Bytes of the whole copy: what the browser stores after opening the map. */
export const copyBytes = (entries: readonly PrecacheEntry[]) => entries.reduce((n, e) => n + e.size, 0);
