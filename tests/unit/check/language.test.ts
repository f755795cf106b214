// Language notes: each kind of warning in the fixture, at its file and line,
// and warnings never count as problems.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatWarning, warningSummary } from '../../../scripts/check/problem.ts';
import { runCheck } from '../../../scripts/check/run.ts';

const contentDir = 'tests/fixtures/check-language/content';
const TODAY = new Date('2026-11-23T00:00:00Z');
const rel = (file: string) => path.relative(contentDir, file).split(path.sep).join('/');

describe('language notes in the fixture', async () => {
  const { problems, warnings, pages } = await runCheck({ contentDir, today: TODAY });
  const at = warnings.map((w) => `${rel(w.file)}:${w.line} ${w.field}`);

  it('are warnings, not problems', () => expect(problems).toEqual([]));
  it('find each kind at its file and line, and nothing else', () =>
    expect(at).toEqual(['sidor/sida.mdx:10 ordval', 'sidor/sida.mdx:12 stavning', 'sidor/sida.mdx:14 meningslängd']));
  it('say what to do, in Swedish', () => {
    const text = warnings.map((w) => formatWarning(w));
    expect(text[0]).toMatch(/^Varning .*undvik "feedback": Det finns ett vanligt.*→ {2}skriv återkoppling/);
    expect(text[1]).toMatch(/"mottagnnig" finns inte i den svenska ordlistan {2}→ {2}kontrollera stavningen/);
    expect(text[2]).toMatch(/meningen har 3\d ord.*→ {2}dela meningen/);
  });
  it('give LIX per page from its own text', () => {
    const page = pages.find((p) => rel(p.entry.file) === 'sidor/sida.mdx');
    expect(page?.warnings).toBe(3);
    // The summary, the heading and four paragraphs; the title is navigation, not counted.
    expect(page?.lix.sentences).toBe(6);
    expect(page?.lix.lix).toBeGreaterThan(20);
  });
});

it('counts warnings and says whether they fail the check', () => {
  const w = { rule: 'sprak', file: 'a', line: 1, field: 'f', message: 'm', fix: 'r' };
  expect(warningSummary([], false)).toBe('Inga språkvarningar.');
  expect(warningSummary([w, w], false)).toMatch(/^2 språkvarningar i 1 fil \(de stoppar inte/);
  expect(warningSummary([w], true)).toMatch(/^1 språkvarning i 1 fil \(--strikt/);
});
