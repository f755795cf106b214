// Builds the precache manifest from an output folder: the bounded copy
// (copy.ts) with a revision per file (manifest.ts). And the page list the
// search needs offline (search-hits.ts), written before the manifest so it is
// in the copy.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtFiles } from './built-files.ts';
import { COPY_BUDGET, inCopy, isCopyPage, isFragment, isIndexChunk, pageFile } from '../lib/offline/copy.ts';
import { fragmentPage } from '../lib/offline/fragments.ts';
import { copyBytes, entryFor, type PrecacheEntry } from '../lib/offline/manifest.ts';
import { PAGES_FILE, fragmentId, searchPages } from '../lib/offline/search-hits.ts';
import { sitePath } from '../lib/offline/strategy.ts';

/** Every built file as a sorted path relative to `root` with / separators. */
export const relativeFiles = (root: string) =>
  builtFiles(root)
    .map((f) => path.relative(root, f).split(path.sep).join('/'))
    .sort();

/** The pages Pagefind's fragments describe: fragment file below `root` → its page's URL and title. */
export type Fragments = Map<string, { url: string; title?: string }>;

/** Reads every fragment once: both the manifest and the page list need its page. */
export function readFragments(root: string): Fragments {
  const dir = path.join(root, 'pagefind', 'fragment');
  const fragments: Fragments = new Map();
  if (!existsSync(dir)) return fragments;
  for (const name of readdirSync(dir).sort()) {
    const page = fragmentPage(readFileSync(path.join(dir, name)));
    if (page) fragments.set(`pagefind/fragment/${name}`, page);
  }
  return fragments;
}

/** Writes the page list (fragment id → URL and title) next to Pagefind's files; nothing without an index. */
export function writeSearchPages(root: string, fragments: Fragments): void {
  if (!fragments.size) return;
  const pages = [...fragments].flatMap(([rel, page]) => {
    const id = fragmentId(rel);
    return id ? [{ id, ...page }] : [];
  });
  writeFileSync(path.join(root, 'pagefind', PAGES_FILE), JSON.stringify(searchPages(pages)));
}

export function buildManifest(
  root: string,
  base: string,
  skip: (rel: string) => boolean,
  budget = COPY_BUDGET,
  fragments: Fragments = readFragments(root),
): PrecacheEntry[] {
  const entries: PrecacheEntry[] = [];
  const chunks: PrecacheEntry[] = [];
  for (const rel of relativeFiles(root)) {
    if (skip(rel)) continue;
    if (isIndexChunk(rel)) {
      chunks.push(entryFor(rel, readFileSync(path.join(root, rel)), base));
      continue;
    }
    if (isFragment(rel)) {
      const url = fragments.get(rel)?.url;
      const page = url === undefined ? undefined : sitePath(new URL(url, 'http://x').pathname, base);
      if (page === undefined || !isCopyPage(pageFile(page))) continue;
    } else if (!inCopy(rel)) continue;
    entries.push(entryFor(rel, readFileSync(path.join(root, rel)), base));
  }
  return copyBytes(entries) + copyBytes(chunks) <= budget ? [...entries, ...chunks] : entries;
}
