// npm run new: every scaffold is a valid entry that passes the whole checker
// next to the fixture site's content, and the command never overwrites a file.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionDef } from '../../scripts/check/collections.ts';
import { loadContent } from '../../scripts/check/load.ts';
import { formatProblem } from '../../scripts/check/problem.ts';
import { runCheck } from '../../scripts/check/run.ts';
import { placeholderIds } from '../../scripts/new/placeholders.ts';
import { scaffold, TYPES } from '../../scripts/new/templates.ts';
import { FIXTURE } from '../support/sites.ts';

const TODAY = '2026-11-23';
const tmp = mkdtempSync(path.join(tmpdir(), 'metodstod-new-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('covers every content type', () =>
  expect([...TYPES].sort()).toEqual([
    'aktorer',
    'avsnitt',
    'begrepp',
    'checklista',
    'dokument',
    'faser',
    'lankar',
    'processkarta',
    'samverkansmodeller',
    'sidor',
  ]));

describe('each scaffold passes npm run check', () => {
  // One copy of the fixture site's content; each scaffold is added to it, checked and removed.
  const dir = path.join(tmp, 'scaffolds');
  cpSync(FIXTURE.content, dir, { recursive: true });
  const ids = placeholderIds(loadContent(dir));
  for (const type of TYPES) {
    it(type, async () => {
      const def = collectionDef(type)!;
      const file = path.join(dir, def.folder, `ny-post-for-test.${def.exts.includes('yaml') ? 'yaml' : 'mdx'}`);
      mkdirSync(path.dirname(file), { recursive: true });
      const text = scaffold(type, { title: 'Ny post för test', slug: 'ny-post-for-test', today: TODAY, ids });
      writeFileSync(file, text);
      try {
        const { problems } = await runCheck({ contentDir: dir, today: new Date(`${TODAY}T00:00:00Z`) });
        expect(problems.map((p) => formatProblem(p))).toEqual([]);
      } finally {
        rmSync(file);
      }
      expect(text).toMatch(/^(---\n)?# /); // starts by explaining the first field
    });
  }
});

describe('the command', () => {
  const dir = path.join(tmp, 'cli');
  cpSync(FIXTURE.content, dir, { recursive: true });
  const run = (...args: string[]) =>
    execFileSync(process.execPath, ['scripts/new.ts', '--content', dir, ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, TODAY },
    });

  it('names the file after the title and fills in today', () => {
    expect(run('sidor', 'Stöd till äldre', 'över 65')).toMatch(/Skapade .*sidor\/stod-till-aldre-over-65\.mdx/);
    const text = readFileSync(path.join(dir, 'sidor/stod-till-aldre-over-65.mdx'), 'utf8');
    expect(text).toContain('title: "Stöd till äldre över 65"');
    expect(text).toContain(`reviewed: ${TODAY}`);
  });
  it('refuses to overwrite', () => {
    const before = readFileSync(path.join(dir, 'sidor/kontakt.mdx'), 'utf8');
    expect(() => run('sidor', 'Kontakt')).toThrow(/finns redan/);
    expect(readFileSync(path.join(dir, 'sidor/kontakt.mdx'), 'utf8')).toBe(before);
  });
  it('explains unknown types', () => {
    expect(() => run('nyheter', 'X')).toThrow(/Okänd typ "nyheter"[\s\S]*Typer: aktorer/);
    expect(existsSync(path.join(dir, 'nyheter'))).toBe(false);
  });
});
