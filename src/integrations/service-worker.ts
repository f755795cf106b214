// Writes dist/sw.js after the build (and after Pagefind, so its index is
// included): the manifest of the bounded offline copy, a revision per file
// (src/lib/offline/, src/node/offline-manifest.ts), followed by the worker
// (src/browser/sw/, bundled here). First the page list the search reads offline
// (src/lib/offline/search-hits.ts), so that it is in the copy.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { copyBytes, manifestVersion } from '../lib/offline/manifest.ts';
import { SW_FILE, neverCached, serviceWorkerSource } from '../lib/offline/worker-source.ts';
import { buildManifest, readFragments, writeSearchPages } from '../node/offline-manifest.ts';
import { bundleBrowserModule } from './browser-modules.ts';

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MiB`;

export function serviceWorker(): AstroIntegration {
  let base = '/';
  let workerPath = '';
  return {
    name: 'metodstod:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        workerPath = fileURLToPath(new URL('src/browser/sw/index.ts', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const fragments = readFragments(root);
        writeSearchPages(root, fragments);
        const entries = buildManifest(root, base, neverCached, undefined, fragments);
        const version = manifestVersion(entries);
        // Not minified: a classic script that reads the constants above, small, and easier to debug.
        const runtime = await bundleBrowserModule(workerPath, 'iife', false);
        writeFileSync(path.join(root, SW_FILE), serviceWorkerSource({ version, base, entries }, runtime));
        logger.info(`Offlinekopia: ${entries.length} filer, ${mib(copyBytes(entries))}, cacheversion ${version}.`);
      },
    },
  };
}
