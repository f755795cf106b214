// Builds the precache manifest from an output folder: the bounded copy
// (copy.ts) with a revision per file (manifest.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtFiles } from '../built-files.ts';
import { inCopy, isCopyPage, isFragment, pageFile } from './copy.ts';
import { fragmentUrl } from './fragments.ts';
import { entryFor, type PrecacheEntry } from './manifest.ts';
import { sitePath } from './strategy.ts';

/** Every built file as a sorted path relative to `root` with / separators. */
export const relativeFiles = (root: string) =>
  builtFiles(root)
    .map((f) => path.relative(root, f).split(path.sep).join('/'))
    .sort();

export function buildManifest(root: string, base: string, skip: (rel: string) => boolean): PrecacheEntry[] {
  const entries: PrecacheEntry[] = [];
  for (const rel of relativeFiles(root)) {
    if (skip(rel)) continue;
    const fragment = isFragment(rel);
    if (!fragment && !inCopy(rel)) continue;
    const content = readFileSync(path.join(root, rel));
    if (fragment) {
      const url = fragmentUrl(content);
      const page = url === undefined ? undefined : sitePath(new URL(url, 'http://x').pathname, base);
      if (page === undefined || !isCopyPage(pageFile(page))) continue;
    }
    entries.push(entryFor(rel, content, base));
  }
  return entries;
}
