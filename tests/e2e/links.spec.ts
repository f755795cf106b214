// Every internal link and #anchor in the built site resolves (read from dist/, no browser).
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BASE, DIST, builtPages, readPage } from './site.ts';

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#38;/g, '&');

test('alla interna länkar och ankare fungerar', () => {
  const pages = builtPages();
  const idCache = new Map<string, Set<string>>();
  const idsOf = (p: string) => idCache.get(p) ?? idCache.set(p, ids(readPage(p))).get(p)!;
  const broken: string[] = [];
  for (const from of pages) {
    for (const m of readPage(from).matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const href = decode(m[1]);
      if (/^(https?:|mailto:|data:|\/\/)/.test(href)) continue;
      const url = new URL(href, `http://x${BASE}${from}`);
      if (!url.pathname.startsWith(`${BASE}/`) && url.pathname !== BASE) { broken.push(`${from} → ${href} (utanför base)`); continue; }
      const rel = decodeURIComponent(url.pathname.slice(BASE.length));
      const target = rel.endsWith('/') ? path.join(DIST, rel, 'index.html') : path.join(DIST, rel);
      if (!existsSync(target)) { broken.push(`${from} → ${href}`); continue; }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && rel.endsWith('/') && !idsOf(rel).has(hash)) broken.push(`${from} → ${href} (ankaret saknas)`);
    }
  }
  expect(broken).toEqual([]);
});
