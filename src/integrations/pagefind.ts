// Indexes the built site with Pagefind (Swedish stemming) after `astro build`.
// Each page is indexed with its compound-word tails added (src/lib/index-augment.ts):
// these copies go to a scratch folder, which Pagefind's own program
// indexes in parallel and writes out in well under half the time its Node API
// needs for the same pages. The served HTML is not changed.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';
import { createSplitter } from '../lib/compounds.ts';
import { indexCopy } from '../lib/index-augment.ts';
import { loadSwedishWords } from '../lib/swedish-words.ts';

/** The pagefind package's command-line runner (it finds the platform's binary). */
const PAGEFIND_CLI = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

export function pagefind(): AstroIntegration {
  let base = '/';
  return {
    name: 'metodstod:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const split = createSplitter(loadSwedishWords(path.resolve('content/begrepp')));
        const scratch = mkdtempSync(path.join(tmpdir(), 'metodstod-sokindex-'));
        try {
          // Files keep their place under the base path, so Pagefind's URLs carry it.
          const site = path.join(scratch, base);
          let pages = 0;
          for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
            if (!e.isFile() || !e.name.endsWith('.html')) continue;
            const file = path.join(e.parentPath, e.name);
            const copy = indexCopy(readFileSync(file, 'utf8'), split);
            if (copy === undefined) continue; // Pagefind would skip it too
            const target = path.join(site, path.relative(root, file));
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, copy);
            pages++;
          }
          const args = ['--site', scratch, '--output-path', path.join(root, 'pagefind'), '--force-language', 'sv', '--quiet'];
          await promisify(execFile)(process.execPath, [PAGEFIND_CLI, ...args], { maxBuffer: 1 << 24 }).catch((error: { stdout?: string; stderr?: string }) => {
            throw new Error(`Pagefind kunde inte bygga sökindexet:\n${error.stdout ?? ''}${error.stderr ?? error}`);
          });
          logger.info(`Sökindex: ${pages} sidor indexerade (svenska, med sammansatta ord).`);
        } finally {
          rmSync(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}
