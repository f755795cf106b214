// Writes dist/sw.js after the build (and after Pagefind, so its index is
// included): the manifest of the bounded offline copy, a revision per file
// (src/lib/offline/), followed by the worker runtime.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildManifest } from '../lib/offline/build-manifest.ts';
import { copyBytes, manifestVersion } from '../lib/offline/manifest.ts';
import { SW_FILE, neverCached, serviceWorkerSource } from '../lib/offline/worker-source.ts';

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MiB`;

export function serviceWorker(): AstroIntegration {
  let base = '/';
  let runtimePath = '';
  return {
    name: 'metodstod:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        runtimePath = fileURLToPath(new URL('src/integrations/sw-runtime.js', config.root));
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = buildManifest(root, base, neverCached);
        const version = manifestVersion(entries);
        writeFileSync(
          path.join(root, SW_FILE),
          serviceWorkerSource({ version, base, entries }, readFileSync(runtimePath, 'utf8')),
        );
        logger.info(`Offlinekopia: ${entries.length} filer, ${mib(copyBytes(entries))}, cacheversion ${version}.`);
      },
    },
  };
}
