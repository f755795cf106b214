// After the pages are written (and the diagrams filled in): every HTML page
// gets its Content-Security-Policy, with hashes of its own inline code.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles } from '../node/built-files.ts';
import { withCsp } from '../lib/csp.ts';

export function csp(): AstroIntegration {
  return {
    name: 'metodstod:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = builtFiles(fileURLToPath(dir), '.html');
        for (const file of files) writeFileSync(file, withCsp(readFileSync(file, 'utf8')));
        logger.info(`Content-Security-Policy på ${files.length} sidor.`);
      },
    },
  };
}
