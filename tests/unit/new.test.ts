// npm run new: every scaffold is a valid entry that passes the whole checker,
// and the command never overwrites a file. A tiny content folder, itself
// written from scaffolds, holds the actors, phase and page they point at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, contentType } from '../../src/content-types/index.ts';
import type { ScaffoldInput } from '../../src/content-types/define.ts';
import { formatProblem } from '../../scripts/check/problem.ts';
import { runCheck } from '../../scripts/check/run.ts';
import { loadContent } from '../../scripts/check/load.ts';
import { placeholderIds } from '../../scripts/new/placeholders.ts';
import { scaffold, scaffoldExtension } from '../../scripts/new/scaffold.ts';

const TODAY = '2026-11-23';
const ids = { owner: 'enhet-a', actors: ['enhet-a', 'enhet-b'] as [string, string], phase: 'fas-a' };
/** The ids npm run new would use: the tiny folder's units and phase, and the next free orders in it. */
const input = (dir: string, title: string, slug: string): ScaffoldInput => {
  const { nextPhaseOrder, nextStepOrder } = placeholderIds(loadContent(dir));
  return { title, slug, today: TODAY, ids: { ...ids, nextPhaseOrder, nextStepOrder } };
};
const tmp = mkdtempSync(path.join(tmpdir(), 'metodstod-new-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(dir: string, type: string, title: string, slug: string, edit = (s: string) => s) {
  const def = contentType(type)!;
  const file = path.join(dir, def.folder, `${slug}.${scaffoldExtension(def)}`);
  mkdirSync(path.dirname(file), { recursive: true });
  const text = edit(scaffold(def, input(dir, title, slug)));
  writeFileSync(file, text);
  return text;
}

/** Two units, a phase and the page the scaffolds link to. */
function tinyContent(name: string) {
  const dir = path.join(tmp, name);
  write(dir, 'aktorer', 'Enhet A', 'enhet-a');
  write(dir, 'aktorer', 'Enhet B', 'enhet-b');
  // A place of its own, as the map needs (a new phase takes the last place, 99).
  write(dir, 'faser', 'Fas A', 'fas-a', (s) => s.replace(/^order: \d+$/m, 'order: 1'));
  write(dir, 'sidor', 'Kontakt', 'kontakt');
  return dir;
}

const check = async (dir: string) =>
  (await runCheck({ contentDir: dir, today: new Date(`${TODAY}T00:00:00Z`) })).problems.map((p) => formatProblem(p));

it('the tiny content folder passes the check', async () => expect(await check(tinyContent('base'))).toEqual([]));

describe('each scaffold passes npm run check', () => {
  for (const type of CONTENT_TYPES) {
    it(type.name, async () => {
      const dir = tinyContent(type.name);
      const text = write(dir, type.name, 'Ny post för test', 'ny-post-for-test');
      expect(await check(dir)).toEqual([]);
      expect(text).toMatch(/^(---\n)?# /); // starts by explaining the first field
    });
  }
});

describe('the command', () => {
  const dir = tinyContent('cli');
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
