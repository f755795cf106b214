// npm run check: language warnings alone keep exit 0; --strikt makes them fail;
// on GitHub Actions they are annotations of level warning.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/check.ts', '--content', 'tests/fixtures/check-language/content', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });

it('exits 0 with only warnings, and prints them after a "Varning" marker with a count', () => {
  const r = run([]);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^Varning {2}tests\/fixtures\/check-language\/content\/sidor\/sida\.mdx:12 {2}stavning/m);
  expect(r.stdout).toContain('3 språkvarningar i 1 fil');
  expect(r.stdout).not.toContain('::warning');
}, 60_000);

it('exits 1 with --strikt', () => expect(run(['--strikt']).status).toBe(1), 60_000);

it('annotates warnings on GitHub Actions', () => {
  expect(run([], { GITHUB_ACTIONS: 'true' }).stdout).toMatch(
    /^::warning file=tests\/fixtures\/check-language\/content\/sidor\/sida\.mdx,line=10,title=ordval::/m,
  );
}, 60_000);
