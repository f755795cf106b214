// What the service worker precaches and how its cache is versioned. Pure
// helpers for the build integration (src/integrations/service-worker.ts).
import { createHash } from 'node:crypto';

export const SW_FILE = 'sw.js';

/** Built files (relative to dist/, POSIX separators) that go into the offline copy. */
export function shouldPrecache(rel: string): boolean {
  if (rel === SW_FILE || rel.endsWith('.map')) return false;
  return !rel.split('/').some((part) => part.startsWith('.'));
}

/** The URL a file is requested by: pages by their directory URL. */
export function precacheUrl(rel: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (rel === 'index.html') return prefix;
  if (rel.endsWith('/index.html')) return `${prefix}${rel.slice(0, -'index.html'.length)}`;
  return `${prefix}${rel}`;
}

/** A short hash of the file list and every file's bytes: changes whenever the build does. */
export function precacheVersion(files: { path: string; content: Uint8Array | string }[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(f.path).update('\0').update(f.content).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/** The worker script: build constants followed by the runtime. */
export function serviceWorkerSource(opts: { version: string; base: string; urls: string[] }, runtime: string): string {
  const base = opts.base.endsWith('/') ? opts.base : `${opts.base}/`;
  return [
    '// Generated at build time by src/integrations/service-worker.ts: do not edit.',
    `const VERSION = ${JSON.stringify(opts.version)};`,
    `const BASE = ${JSON.stringify(base)};`,
    `const PRECACHE = ${JSON.stringify(opts.urls)};`,
    runtime,
  ].join('\n');
}
