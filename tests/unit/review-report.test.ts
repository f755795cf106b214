import { describe, expect, it } from 'vitest';
import { reviewReport, reviewSummary, type ReviewInput } from '../../src/lib/review-report.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const today = d('2026-11-23');
const a = { id: 'a', name: 'Avdelning A' };
const b = { id: 'b', name: 'Byrå B' };
const page = (
  title: string,
  owner: ReviewInput['owner'],
  reviewed: string,
  extra: Partial<ReviewInput> = {},
): ReviewInput => ({
  title,
  path: `/${title}/`,
  file: `content/sidor/${title}.mdx`,
  owner,
  reviewed: d(reviewed),
  ...extra,
});

describe('reviewReport', () => {
  const pages = [
    page('ok', a, '2026-06-01'), // due 2027-06-01
    page('snart', b, '2025-12-10'), // due 2026-12-10, in 17 days
    page('sen', b, '2025-10-01'), // due 2026-10-01, overdue
    page('tidig', a, '2026-01-01', { reviewBy: d('2026-11-01'), status: 'utkast' }), // reviewBy wins
    page('arkiv', a, '2020-01-01', { status: 'arkiverad' }),
  ];
  const groups = reviewReport(pages, today);

  it('keeps only due and overdue pages, grouped by owner A–Ö', () => {
    expect(groups.map((g) => [g.owner.name, g.items.map((i) => i.title)])).toEqual([
      ['Avdelning A', ['tidig']],
      ['Byrå B', ['sen', 'snart']],
    ]);
  });
  it('gives state, next date and days left', () => {
    const [sen, snart] = groups[1].items;
    expect(sen).toMatchObject({ state: 'forsenad', next: d('2026-10-01'), days: -53 });
    expect(snart).toMatchObject({ state: 'snart', next: d('2026-12-10'), days: 17 });
  });
  it('marks drafts', () => expect(groups[0].items[0].draft).toBe(true));
  it('respects the window', () =>
    expect(
      reviewReport(pages, today, 10)
        .flatMap((g) => g.items)
        .map((i) => i.title),
    ).not.toContain('snart'));
  it('summarises in Swedish', () => {
    expect(reviewSummary(groups)).toBe('3 sidor behöver granskas, 2 är försenade.');
    expect(reviewSummary([])).toBe('Inga sidor behöver granskas inom 30 dagar.');
  });
});
