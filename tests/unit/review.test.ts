import { describe, expect, it } from 'vitest';
import { formatDate, nextReview, reviewState } from '../../src/lib/review.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('nextReview', () => {
  it('adds the interval in months', () =>
    expect(nextReview({ reviewed: d('2026-01-15'), reviewInterval: 6 })).toEqual(d('2026-07-15')));
  it('defaults to 12 months', () => expect(nextReview({ reviewed: d('2026-03-01') })).toEqual(d('2027-03-01')));
  it('clamps to the end of a shorter month', () =>
    expect(nextReview({ reviewed: d('2026-01-31'), reviewInterval: 1 })).toEqual(d('2026-02-28')));
  it('lets reviewBy win', () =>
    expect(nextReview({ reviewed: d('2026-01-01'), reviewInterval: 12, reviewBy: d('2026-05-01') })).toEqual(
      d('2026-05-01'),
    ));
});

describe('reviewState', () => {
  const today = d('2026-11-23');
  it('is overdue after the date', () => expect(reviewState(d('2026-11-22'), today)).toBe('forsenad'));
  it('is due soon within 30 days', () => expect(reviewState(d('2026-12-20'), today)).toBe('snart'));
  it('is ok further out', () => expect(reviewState(d('2027-02-01'), today)).toBe('ok'));
});

it('formats dates in Swedish', () => expect(formatDate(d('2026-11-23'))).toBe('23 november 2026'));
