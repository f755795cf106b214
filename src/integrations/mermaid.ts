// Mermaid in a build: starts drawing the uncached diagrams as soon as the
// build starts, lets Markdown pages leave a marker instead of waiting, and at
// the end puts the SVGs into the built pages and closes Chromium.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles } from '../node/built-files.ts';
import type { DiagramStore } from '../markdown/diagram-store.ts';

export interface MermaidIntegrationOptions {
  store: DiagramStore;
  close: () => Promise<void>;
}

export function mermaid(opts: MermaidIntegrationOptions): AstroIntegration {
  return {
    name: 'metodstod:mermaid',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        opts.store.setDeferring(true);
        opts.store.prerender();
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const root = fileURLToPath(dir);
          let filled = 0;
          for (const file of builtFiles(root, '.html')) {
            const html = readFileSync(file, 'utf8');
            if (!html.includes('<!--mermaid:')) continue;
            writeFileSync(file, await opts.store.fill(html));
            filled++;
          }
          if (filled) logger.info(`Diagram: ${filled} sidor fick sina diagram.`);
        } finally {
          await opts.close();
        }
      },
    },
  };
}
