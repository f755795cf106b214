// Writes the search index's copies (index-augment.ts) of built pages into a
// scratch folder, keeping each page's place in the site, and counts their words
// for the typo vocabulary. Build time only.
//
// Each page's copy and word counts are cached in .cache/index-copies/ by a hash
// of its HTML and of everything else a copy depends on (`key`: the code, the
// glossary, the word list): a rebuild with one page changed splits the
// compounds of that page only, and loads the word list only if a page needs it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSplitter } from '../lib/compounds.ts';
import { indexCopy, type IndexTools } from '../lib/index-augment.ts';
import { createSynonymFinder, synonymGroups } from '../lib/search/synonyms.ts';
import { loadGlossary } from './glossary-files.ts';
import { loadSwedishWords } from './swedish-words.ts';

export interface IndexCopiesJob {
  /** dist/ */
  root: string;
  /** Where the copies go (the scratch folder plus the base path). */
  site: string;
  files: string[];
  glossaryDir: string;
  /** The cache folder and what, besides the page, a copy depends on (indexCopiesKey()); no cache without. */
  cache?: { dir: string; key: string };
}

export interface IndexCopiesResult {
  pages: number;
  /** Words of the indexed text with how often they occur. */
  counts: Map<string, number>;
  /** The cache files this job read or wrote (the others are stale). */
  used: string[];
}

/** A page's copy (null: not indexed) and the counts of its words. */
type Cached = { copy: string | null; counts: [string, number][] };

const sha = (...parts: (string | Buffer)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 32);
};

/** Every file under these folders (sorted), for a cache key that changes whenever any of them does. */
function filesDigest(dirs: string[]): string {
  const parts: (string | Buffer)[] = [];
  for (const dir of dirs)
    for (const file of readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort())
      parts.push(file, readFileSync(file));
  return sha(...parts);
}

/**
 * What every copy depends on besides its page: the code that makes it (all of
 * src/lib/, the type declarations and this file: a wide net, so no change can
 * leave a stale copy), the glossary, and the word list's version.
 */
export function indexCopiesKey(projectRoot: string, glossaryDir: string): string {
  const src = path.join(projectRoot, 'src');
  const words = readFileSync(path.join(projectRoot, 'node_modules/dictionary-sv/package.json'));
  return sha(
    filesDigest([path.join(src, 'lib'), path.join(src, 'content-types'), glossaryDir]),
    readFileSync(new URL(import.meta.url)),
    words,
  );
}

/** Pages outside the index are skipped, as Pagefind would. */
export function writeIndexCopies(job: IndexCopiesJob): IndexCopiesResult {
  let tools: IndexTools | undefined;
  const made = (html: string): Cached => {
    tools ??= {
      split: createSplitter(loadSwedishWords(job.glossaryDir)),
      synonyms: createSynonymFinder(synonymGroups(loadGlossary(job.glossaryDir))),
    };
    const counts = new Map<string, number>();
    const copy = indexCopy(html, { ...tools, counts });
    return { copy: copy ?? null, counts: [...counts] };
  };
  const counts = new Map<string, number>();
  const used: string[] = [];
  let pages = 0;
  if (job.cache) mkdirSync(job.cache.dir, { recursive: true });
  for (const file of job.files) {
    const html = readFileSync(file, 'utf8');
    let page: Cached;
    if (job.cache) {
      const name = `${sha(job.cache.key, html)}.json`;
      const cached = path.join(job.cache.dir, name);
      used.push(name);
      try {
        page = JSON.parse(readFileSync(cached, 'utf8')) as Cached;
      } catch {
        page = made(html);
        writeFileSync(cached, JSON.stringify(page));
      }
    } else page = made(html);
    for (const [word, n] of page.counts) counts.set(word, (counts.get(word) ?? 0) + n);
    if (page.copy === null) continue;
    const target = path.join(job.site, path.relative(job.root, file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, page.copy);
    pages++;
  }
  return { pages, counts, used };
}

/** Removes cached copies no page of this build used (pages changed or gone). */
export function pruneIndexCopies(dir: string, used: Iterable<string>): void {
  const keep = new Set(used);
  for (const f of readdirSync(dir)) if (!keep.has(f)) rmSync(path.join(dir, f), { force: true });
}
