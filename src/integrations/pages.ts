// The built pages' last step, before anything reads them (Pagefind, the
// exports, the service worker's list). In a build, Markdown pages leave a
// marker instead of waiting for their Mermaid diagram, which one Chromium page
// draws meanwhile (drawing starts with the build, for every diagram not cached
// yet); here each page gets its SVGs and its Content-Security-Policy in one
// pass, half of dist/ in a worker thread. Chromium is closed at the end.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withCsp } from '../lib/csp.ts';
import type { DiagramStore } from '../markdown/diagram-store.ts';
import { builtFiles } from '../node/built-files.ts';
import { finishPages, type FinishJob } from '../node/finish-pages.ts';
import { inTwoThreads } from '../node/worker.ts';

export interface PagesOptions {
  store: DiagramStore;
  /** Closes the diagrams' Chromium. */
  close: () => Promise<void>;
}

export function pages(opts: PagesOptions): AstroIntegration {
  return {
    name: 'metodstod:pages',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        opts.store.setDeferring(true);
        opts.store.prerender();
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const files = builtFiles(fileURLToPath(dir), '.html');
          const svgs = await opts.store.drawn();
          const results = await inTwoThreads(
            files,
            (half): FinishJob => ({ files: half, svgs, cacheDir: opts.store.cacheDir }),
            finishPages,
            new URL('./pages-worker.ts', import.meta.url),
            'Sidornas sista steg avbröts',
          );
          let withDiagrams = results[0].withDiagrams + results[1].withDiagrams;
          // A diagram neither drawn nor cached: drawn now, or its syntax error reported with its file.
          for (const file of results.flatMap((r) => r.pending)) {
            writeFileSync(file, withCsp(await opts.store.fill(readFileSync(file, 'utf8'))));
            withDiagrams++;
          }
          if (withDiagrams) logger.info(`Diagram: ${withDiagrams} sidor fick sina diagram.`);
          logger.info(`Content-Security-Policy på ${files.length} sidor.`);
        } finally {
          await opts.close();
        }
      },
    },
  };
}
