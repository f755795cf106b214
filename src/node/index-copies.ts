// Writes the search index's copies (index-augment.ts) of built pages into a
// scratch folder, keeping each page's place in the site, and counts their words
// for the typo vocabulary. Build time only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSplitter } from '../lib/compounds.ts';
import { indexCopy } from '../lib/index-augment.ts';
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
}

export interface IndexCopiesResult {
  pages: number;
  /** Words of the indexed text with how often they occur. */
  counts: Map<string, number>;
}

/** Pages outside the index are skipped, as Pagefind would. */
export function writeIndexCopies(job: IndexCopiesJob): IndexCopiesResult {
  const split = createSplitter(loadSwedishWords(job.glossaryDir));
  const synonyms = createSynonymFinder(synonymGroups(loadGlossary(job.glossaryDir)));
  const counts = new Map<string, number>();
  let pages = 0;
  for (const file of job.files) {
    const copy = indexCopy(readFileSync(file, 'utf8'), { split, synonyms, counts });
    if (copy === undefined) continue;
    const target = path.join(job.site, path.relative(job.root, file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, copy);
    pages++;
  }
  return { pages, counts };
}
