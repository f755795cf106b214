// Writes dist/sw.js after the build (and after Pagefind, so its index is
// included): the list of every built file and a cache version that is a hash
// of them, followed by the runtime (src/browser/sw/, bundled here).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles } from '../node/built-files.ts';
import { bundleBrowserModule } from './browser-modules.ts';
import { SW_FILE, precacheUrl, precacheVersion, serviceWorkerSource, shouldPrecache } from '../lib/precache.ts';

/** Every built file, as a sorted path relative to the output folder with / separators. */
const listFiles = (root: string) =>
  builtFiles(root)
    .map((f) => path.relative(root, f).split(path.sep).join('/'))
    .sort();

export function serviceWorker(): AstroIntegration {
  let base = '/';
  let runtimePath = '';
  return {
    name: 'metodstod:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        runtimePath = fileURLToPath(new URL('src/browser/sw/index.ts', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = listFiles(root).filter(shouldPrecache);
        const version = precacheVersion(files.map((f) => ({ path: f, content: readFileSync(path.join(root, f)) })));
        const source = serviceWorkerSource(
          { version, base, urls: files.map((f) => precacheUrl(f, base)) },
          // Not minified: a classic script that reads the constants above, small, and easier to debug.
          await bundleBrowserModule(runtimePath, 'iife', false),
        );
        writeFileSync(path.join(root, SW_FILE), source);
        logger.info(`Offlinekopia: ${files.length} filer i cacheversion ${version}.`);
      },
    },
  };
}
