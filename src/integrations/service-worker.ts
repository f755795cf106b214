// Writes dist/sw.js after the build (and after Pagefind, so its index is
// included): the manifest of the bounded offline copy, a revision per file
// (src/lib/offline/), followed by the worker (src/browser/offline-worker.ts)
// bundled with esbuild (Vite's own bundler, already installed).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { buildManifest } from '../lib/offline/build-manifest.ts';
import { copyBytes, manifestVersion } from '../lib/offline/manifest.ts';
import { SW_FILE, neverCached, serviceWorkerSource } from '../lib/offline/worker-source.ts';

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MiB`;

export function serviceWorker(): AstroIntegration {
  let base = '/';
  let workerPath = '';
  return {
    name: 'metodstod:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        workerPath = fileURLToPath(new URL('src/browser/offline-worker.ts', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = buildManifest(root, base, neverCached);
        const version = manifestVersion(entries);
        const bundle = await build({
          entryPoints: [workerPath],
          bundle: true,
          format: 'iife',
          target: 'es2022',
          write: false,
          logLevel: 'silent',
        });
        const runtime = bundle.outputFiles[0].text;
        writeFileSync(path.join(root, SW_FILE), serviceWorkerSource({ version, base, entries }, runtime));
        logger.info(`Offlinekopia: ${entries.length} filer, ${mib(copyBytes(entries))}, cacheversion ${version}.`);
      },
    },
  };
}
