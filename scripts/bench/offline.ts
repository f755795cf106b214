// The offline copy's size as the built worker lists it: the bytes of every file
// in dist/sw.js's precache manifest (what a browser stores after opening the map).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pageFile } from '../../src/lib/offline/copy.ts';
import { sitePath } from '../../src/lib/offline/strategy.ts';
import { SW_FILE, readPrecache } from '../../src/lib/offline/worker-source.ts';

export function offlineCopy(dist: string, base = '/'): { files: number; bytes: number } {
  const entries = readPrecache(readFileSync(path.join(dist, SW_FILE), 'utf8'));
  let bytes = 0;
  for (const { url } of entries) {
    const rel = sitePath(url, base) ?? url;
    const file = rel === '' || rel.endsWith('/') ? pageFile(rel) : rel;
    bytes += statSync(path.join(dist, file)).size;
  }
  return { files: entries.length, bytes };
}

/** A rebuild's wall time as a share of the clean builds' median (the issue's target: ≤ 0.40). */
export function rebuildRatio(rebuildS: number, cleanS: readonly number[]): number | null {
  const sorted = [...cleanS].sort((a, b) => a - b);
  const mid = sorted.length ? (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2 : 0;
  return mid > 0 ? Math.round((rebuildS / mid) * 1000) / 1000 : null;
}
