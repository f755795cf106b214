// Builds the precache manifest from an output folder: the bounded copy
// (copy.ts) with a revision per file (manifest.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtFiles } from './built-files.ts';
import { COPY_BUDGET, inCopy, isCopyPage, isFragment, isIndexChunk, pageFile } from '../lib/offline/copy.ts';
import { fragmentUrl } from '../lib/offline/fragments.ts';
import { copyBytes, entryFor, type PrecacheEntry } from '../lib/offline/manifest.ts';
import { sitePath } from '../lib/offline/strategy.ts';

/** Every built file as a sorted path relative to `root` with / separators. */
export const relativeFiles = (root: string) =>
  builtFiles(root)
    .map((f) => path.relative(root, f).split(path.sep).join('/'))
    .sort();

export function buildManifest(
  root: string,
  base: string,
  skip: (rel: string) => boolean,
  budget = COPY_BUDGET,
): PrecacheEntry[] {
  const entries: PrecacheEntry[] = [];
  const chunks: PrecacheEntry[] = [];
  for (const rel of relativeFiles(root)) {
    if (skip(rel)) continue;
    if (isIndexChunk(rel)) {
      chunks.push(entryFor(rel, readFileSync(path.join(root, rel)), base));
      continue;
    }
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
  return copyBytes(entries) + copyBytes(chunks) <= budget ? [...entries, ...chunks] : entries;
}
