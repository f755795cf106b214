// Last-changed dates of content files from git history, read in one git call.
// In a shallow clone the history is cut, so dates are unknown rather than wrong.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

let cache: Map<string, Date> | null | undefined;

/** Parses `git log --format=%x00%cI --name-only` output: newest date per file. */
export function parseGitLog(out: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const block of out.split('\0').slice(1)) {
    const [date, ...files] = block.split('\n').filter(Boolean);
    for (const f of files) if (!dates.has(f)) dates.set(f, new Date(date));
  }
  return dates;
}

function load(root: string): Map<string, Date> | null {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 1 << 28,
      });
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return null;
    return parseGitLog(git('log', '--format=%x00%cI', '--name-only', '--', process.env.CONTENT_DIR ?? 'content'));
  } catch {
    return null;
  }
}

/** The last commit date of a file (path relative to the project root), or undefined if unknown. */
export function lastChanged(filePath: string | undefined, root = process.cwd()): Date | undefined {
  if (!filePath) return undefined;
  if (cache === undefined) cache = load(root);
  return cache?.get(path.relative(root, path.resolve(root, filePath)).replace(/\\/g, '/'));
}
