// Indexes the built site with Pagefind (Swedish stemming) after `astro build`.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'metodstod:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'sv' });
        if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join(', ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join(', ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
        logger.info(`Sökindex: ${added.page_count} sidor indexerade (svenska).`);
        await pagefindApi.close();
      },
    },
  };
}
