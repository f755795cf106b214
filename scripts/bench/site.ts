// The scratch copy of the project the benchmark builds: sources and content
// copied fresh each run, node_modules hard-linked once per lockfile.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PROJECT_FILES = [
  'src',
  'public',
  'content',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** Astro's and Vite's caches; `.cache` holds the Mermaid SVG cache. */
export const BUILD_CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

export function syncProject(root: string, site: string, log: (msg: string) => void): void {
  mkdirSync(site, { recursive: true });
  for (const f of [...PROJECT_FILES, '.git', '.cache', ...BUILD_CACHES])
    rmSync(path.join(site, f), { recursive: true, force: true });
  for (const f of PROJECT_FILES) cpSync(path.join(root, f), path.join(site, f), { recursive: true });
  linkNodeModules(root, site, log);
}

/**
 * Hard links (cp -al) cost no disk and a few seconds; they are only safe
 * because every cache Astro or Vite writes into node_modules is removed first,
 * so the build only ever creates new files there.
 */
function linkNodeModules(root: string, site: string, log: (msg: string) => void): void {
  const lockHash = createHash('sha256')
    .update(readFileSync(path.join(root, 'package-lock.json')))
    .digest('hex');
  const stamp = path.join(site, 'node_modules', '.bench-lock-hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) return;
  const from = path.join(root, 'node_modules');
  if (!existsSync(path.join(from, '.bin', 'astro'))) throw new Error('node_modules missing: run npm ci first');
  log('linking node_modules into the scratch copy (first run or lockfile changed)');
  const to = path.join(site, 'node_modules');
  rmSync(to, { recursive: true, force: true });
  try {
    execFileSync('cp', ['-al', from, to], { stdio: 'ignore' });
  } catch {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  }
  for (const c of ['.astro', '.vite']) rmSync(path.join(to, c), { recursive: true, force: true });
  writeFileSync(stamp, lockHash);
}

/**
 * One commit of the content, so "Senast ändrad" takes the same path (one
 * `git log` per build) as in the real repository.
 */
export function commitContent(site: string): void {
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=bench', '-c', 'user.email=bench@invalid', '-c', 'commit.gpgsign=false', ...args],
      { cwd: site, stdio: 'ignore' },
    );
  rmSync(path.join(site, '.git'), { recursive: true, force: true });
  git('init', '-q');
  git('add', 'content');
  git('commit', '-q', '-m', 'bench corpus');
}

export function clearCaches(site: string, { keepMermaid }: { keepMermaid: boolean }): void {
  for (const f of [...BUILD_CACHES, ...(keepMermaid ? [] : ['.cache'])])
    rmSync(path.join(site, f), { recursive: true, force: true });
}
