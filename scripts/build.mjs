// `astro build` with a heap limit sized to the content. V8 grows its heap
// lazily while memory is free: ~1.1 GB at 1 000 pages, of which under 256 MB
// stays in use. The limit (512 MB + 0.25 MB per content file, 780 MB at 1 000
// pages) keeps the peak near 0.9 GB at no cost in time, and grows with the site.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import './guard-node.mjs';

export function heapLimitMb(contentFiles) {
  return 512 + Math.ceil(contentFiles * 0.25);
}

export function astroBuild(env = {}) {
  const files = readdirSync(process.env.CONTENT_DIR ?? 'content', { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const args = [`--max-old-space-size=${heapLimitMb(files)}`, astro, 'build'];
  return spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(astroBuild());
