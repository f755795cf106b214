// The generated dist/sw.js: build constants (the manifest) followed by the
// bundled worker runtime.
import type { PrecacheEntry } from './manifest.ts';

export const SW_FILE = 'sw.js';

/** Files never in the copy: the worker itself, source maps, dotfiles. */
export function neverCached(rel: string): boolean {
  return rel === SW_FILE || rel.endsWith('.map') || rel.split('/').some((part) => part.startsWith('.'));
}

export function serviceWorkerSource(
  opts: { version: string; base: string; entries: readonly PrecacheEntry[] },
  runtime: string,
): string {
  const base = opts.base.endsWith('/') ? opts.base : `${opts.base}/`;
  const precache = opts.entries.map(({ url, revision }) => ({ url, revision }));
  return [
    '// Generated at build time by src/integrations/service-worker.ts: do not edit.',
    `const VERSION = ${JSON.stringify(opts.version)};`,
    `const BASE = ${JSON.stringify(base)};`,
    `const PRECACHE = ${JSON.stringify(precache)};`,
    runtime,
  ].join('\n');
}

/** The manifest of a generated worker (for the benchmark and tests). */
export function readPrecache(source: string): { url: string; revision: string }[] {
  const line = source.split('\n').find((l) => l.startsWith('const PRECACHE = '));
  if (!line) throw new Error('sw.js has no PRECACHE line');
  return JSON.parse(line.slice('const PRECACHE = '.length).replace(/;$/, '')) as { url: string; revision: string }[];
}
