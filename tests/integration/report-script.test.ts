// npm run report end to end on the fixture site: TODAY far ahead makes every page overdue.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { FIXTURE } from '../support/sites.ts';

const report = (today: string, ...args: string[]) =>
  // report.ts reads content/ of its working folder: run it beside the fixture's content.
  execFileSync(process.execPath, [path.resolve('scripts/report.ts'), ...args], {
    cwd: path.dirname(FIXTURE.content),
    env: { ...process.env, TODAY: today },
    encoding: 'utf8',
  });

it('lists overdue pages by owner as JSON', () => {
  const out = JSON.parse(report('2100-01-01', '--json')) as {
    today: string;
    groups: { items: { state: string; file: string }[] }[];
    readability: { lix: number; words: number; warnings: number; path: string }[];
  };
  expect(out.today).toBe('2100-01-01');
  const items = out.groups.flatMap((g) => g.items);
  expect(items.length).toBeGreaterThan(10);
  expect(items.every((i) => i.state === 'forsenad')).toBe(true);
  expect(items.map((i) => i.file)).toContain('content/sidor/kontakt.mdx');
  // LIX per page with its language notes, from the checker's parsing.
  expect(out.readability.length).toBeGreaterThan(0);
  for (const p of out.readability) {
    expect(p.lix).toBeGreaterThan(0);
    expect(p.words).toBeGreaterThan(0);
    expect(p.warnings).toBeGreaterThanOrEqual(0);
    expect(p.path).not.toContain('#');
  }
});

it('prints a Swedish summary', () => {
  expect(report('2100-01-01')).toMatch(/\d+ sidor behöver granskas, \d+ är försenade\.\n$/);
  expect(report('2000-01-01')).toMatch(/Inga sidor behöver granskas inom 30 dagar\./);
  // Two runs, each loading the Swedish dictionary for the language notes.
}, 180_000);
