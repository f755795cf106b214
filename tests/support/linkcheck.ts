// Finds internal links and #anchors in a built site that resolve to nothing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtPages } from './sites.ts';

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#38;/g, '&');

export function findBrokenLinks(dist: string, base: string): string[] {
  const read = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
  const idCache = new Map<string, Set<string>>();
  const idsOf = (p: string) => idCache.get(p) ?? idCache.set(p, ids(read(p))).get(p)!;
  const broken: string[] = [];
  for (const from of builtPages(dist)) {
    for (const m of read(from).matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const href = decode(m[1]);
      if (!href || /^(https?:|mailto:|data:|\/\/)/.test(href)) continue;
      const url = new URL(href, `http://x${base}${from}`);
      if (!url.pathname.startsWith(`${base}/`)) {
        broken.push(`${from} → ${href} (utanför ${base || '/'})`);
        continue;
      }
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      const target = rel.endsWith('/') ? path.join(dist, rel, 'index.html') : path.join(dist, rel);
      if (!existsSync(target)) {
        broken.push(`${from} → ${href}`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && rel.endsWith('/') && !idsOf(rel).has(hash)) broken.push(`${from} → ${href} (ankaret saknas)`);
    }
  }
  return broken;
}
