// npm run report end to end: TODAY far ahead makes every page overdue.
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

const report = (today: string, ...args: string[]) =>
  execFileSync(process.execPath, ['scripts/report.ts', ...args], {
    env: { ...process.env, TODAY: today },
    encoding: 'utf8',
  });

it('lists overdue pages by owner as JSON', () => {
  const out = JSON.parse(report('2100-01-01', '--json')) as {
    today: string;
    groups: { items: { state: string; file: string }[] }[];
  };
  expect(out.today).toBe('2100-01-01');
  const items = out.groups.flatMap((g) => g.items);
  expect(items.length).toBeGreaterThan(10);
  expect(items.every((i) => i.state === 'forsenad')).toBe(true);
  expect(items.map((i) => i.file)).toContain('content/sidor/kontakt.mdx');
});

it('prints a Swedish summary', () => {
  expect(report('2100-01-01')).toMatch(/\d+ sidor behöver granskas, \d+ är försenade\.\n$/);
  expect(report('2000-01-01')).toMatch(/Inga sidor behöver granskas inom 30 dagar\./);
});
