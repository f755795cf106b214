// Indexes the built site with Pagefind (Swedish stemming) after `astro build`.
// Each page is indexed with its compound-word tails added (src/lib/index-augment.ts):
// these copies go to a scratch folder, which Pagefind's own program
// indexes in parallel and writes out in well under half the time its Node API
// needs for the same pages. The served HTML is not changed.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';
import { builtFiles } from '../node/built-files.ts';
import { loadGlossary } from '../node/glossary-files.ts';
import { contentFolderName } from '../node/content-folder.ts';
import { indexCopiesKey, pruneIndexCopies, writeIndexCopies, type IndexCopiesJob } from '../node/index-copies.ts';
import { inTwoThreads } from '../node/worker.ts';
import { RANKING_FILE, VOCABULARY_FILE, ranking } from '../lib/search/ranking.ts';
import { TYPE_WEIGHTS } from '../lib/search/type-weights.ts';
import { countWords, mergeCounts, vocabulary } from '../lib/search/vocabulary.ts';

/** The pagefind package's command-line runner (it finds the platform's binary). */
const PAGEFIND_CLI = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

export function pagefind(): AstroIntegration {
  let base = '/';
  let projectRoot = '';
  return {
    name: 'metodstod:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const scratch = mkdtempSync(path.join(tmpdir(), 'metodstod-sokindex-'));
        try {
          // Files keep their place under the base path, so Pagefind's URLs carry it.
          const site = path.join(scratch, base);
          const files = builtFiles(root, '.html');
          const contentDir = process.env.CONTENT_DIR ?? 'content';
          const glossaryDir = path.resolve(contentDir, 'begrepp');
          // Kept beside the diagrams' cache (CI may keep .cache/), one folder per content folder.
          const cache = {
            dir: path.join(projectRoot, '.cache', 'index-copies', contentFolderName(projectRoot, contentDir)),
            key: indexCopiesKey(projectRoot, glossaryDir),
          };
          // Half the pages in a worker thread, half here (one worker: each holds the word list).
          const [mine, theirs] = await inTwoThreads(
            files,
            (half): IndexCopiesJob => ({ root, site, glossaryDir, cache, files: half }),
            writeIndexCopies,
            new URL('./index-copies-worker.ts', import.meta.url),
            'Sökindexets förberedelse avbröts',
          );
          pruneIndexCopies(cache.dir, [...mine.used, ...theirs.used]);
          const pages = mine.pages + theirs.pages;
          const counts = mine.counts;
          mergeCounts(counts, theirs.counts);
          // The glossary's words count as the site's vocabulary even where no page uses them yet.
          for (const t of loadGlossary(glossaryDir))
            countWords([t.term, t.abbreviation, ...t.forms, ...(t.synonyms ?? [])].join(' '), counts);
          const prepared = performance.now();
          const args = [
            '--site',
            scratch,
            '--output-path',
            path.join(root, 'pagefind'),
            '--force-language',
            'sv',
            '--quiet',
          ];
          await promisify(execFile)(process.execPath, [PAGEFIND_CLI, ...args], { maxBuffer: 1 << 24 }).catch(
            (error: Error & { stdout?: string; stderr?: string }) => {
              throw new Error(
                `Pagefind kunde inte bygga sökindexet:\n${error.stdout ?? ''}${error.stderr ?? error.message}`,
              );
            },
          );
          // Next to Pagefind's files: the ranking weights (read with the index) and the typo vocabulary (read on demand).
          writeFileSync(path.join(root, 'pagefind', RANKING_FILE), JSON.stringify(ranking(TYPE_WEIGHTS)));
          writeFileSync(path.join(root, 'pagefind', VOCABULARY_FILE), JSON.stringify(vocabulary(counts)));
          const s = (from: number, to: number) => `${((to - from) / 1000).toFixed(1).replace('.', ',')} s`;
          logger.info(
            `Sökindex: ${pages} sidor indexerade (svenska, med sammansatta ord) på ${s(started, performance.now())}, varav förberedelse ${s(started, prepared)}.`,
          );
        } finally {
          rmSync(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}
