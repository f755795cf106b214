// Indexes the built site with Pagefind (Swedish stemming) after `astro build`.
// Each page is indexed with its compound-word tails added (src/lib/index-augment.ts).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import { createSplitter } from '../lib/compounds.ts';
import { augmentForIndex } from '../lib/index-augment.ts';
import { loadSwedishWords } from '../lib/swedish-words.ts';
import { waitForSettledOutput } from '../lib/settle.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

export function pagefind(): AstroIntegration {
  let base = '/';
  return {
    name: 'metodstod:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const split = createSplitter(loadSwedishWords(path.resolve('content/begrepp')));
        const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'sv' });
        if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join(', ')}`);
        const files = htmlFiles(root).filter((f) => path.relative(root, f).split(path.sep)[0] !== 'pagefind');
        const add = async (file: string) => {
          const rel = path.relative(root, file).split(path.sep).join('/');
          const url = base + rel.replace(/(^|\/)index\.html$/, '$1');
          const res = await index.addHTMLFile({ url, content: augmentForIndex(readFileSync(file, 'utf8'), split) });
          if (res.errors.length) throw new Error(`Pagefind, ${rel}: ${res.errors.join(', ')}`);
        };
        // Several files in flight: Pagefind indexes one while the next is read
        // and augmented (sequential awaits took twice as long at 1 000 pages).
        let next = 0;
        await Promise.all(Array.from({ length: 8 }, async () => { while (next < files.length) await add(files[next++]); }));
        const pages = files.length;
        const out = path.join(root, 'pagefind');
        const written = await index.writeFiles({ outputPath: out });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
        logger.info(`Sökindex: ${pages} sidor indexerade (svenska, med sammansatta ord).`);
        await waitForSettledOutput(out, path.join(out, 'pagefind-entry.json'));
        await pagefindApi.close();
      },
    },
  };
}
