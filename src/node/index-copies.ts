// Writes the search index's copies (index-augment.ts) of built pages into a
// scratch folder, keeping each page's place in the site. Build time only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSplitter } from '../lib/compounds.ts';
import { indexCopy } from '../lib/index-augment.ts';
import { loadSwedishWords } from './swedish-words.ts';

export interface IndexCopiesJob {
  /** dist/ */
  root: string;
  /** Where the copies go (the scratch folder plus the base path). */
  site: string;
  files: string[];
  glossaryDir: string;
}

/** Returns how many pages were copied; pages outside the index are skipped, as Pagefind would. */
export function writeIndexCopies(job: IndexCopiesJob): number {
  const split = createSplitter(loadSwedishWords(job.glossaryDir));
  let pages = 0;
  for (const file of job.files) {
    const copy = indexCopy(readFileSync(file, 'utf8'), split);
    if (copy === undefined) continue;
    const target = path.join(job.site, path.relative(job.root, file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, copy);
    pages++;
  }
  return pages;
}
