// LIX and language notes per page, for /granskning/ and `npm run report`:
// the same loading and parsing as `npm run check`, so the figures agree.
import path from 'node:path';
import { lixLevel } from '../../../src/lib/lix.ts';
import { createContext } from '../context.ts';
import { loadContent } from '../load.ts';
import { languageNotes } from './notes.ts';

export interface PageReadability {
  title: string;
  /** Site path without base. */
  path: string;
  /** Source file, relative to the project root. */
  file: string;
  lix: number;
  level: string;
  words: number;
  warnings: number;
}

/** Entries with a page of their own (not an #anchor on a shared page), hardest to read first. */
export async function readabilityByPage(contentDir: string, root = process.cwd()): Promise<PageReadability[]> {
  const ctx = createContext(loadContent(path.resolve(root, contentDir)), root, new Date());
  const { pages } = await languageNotes(ctx);
  return pages
    .filter((p) => !p.entry.collection.path(p.entry.id).includes('#') && p.lix.words > 0)
    .map(({ entry, lix, warnings }) => {
      const raw = entry.raw ?? {};
      const title = [raw.title, raw.name, raw.term].find((t): t is string => typeof t === 'string') ?? entry.id;
      return {
        title,
        path: entry.collection.path(entry.id),
        file: path.relative(root, entry.file).split(path.sep).join('/'),
        lix: lix.lix,
        level: lixLevel(lix.lix),
        words: lix.words,
        warnings,
      };
    })
    .sort((a, b) => b.lix - a.lix || a.title.localeCompare(b.title, 'sv'));
}
