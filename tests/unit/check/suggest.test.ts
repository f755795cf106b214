import { describe, expect, it } from 'vitest';
import { closest, didYouMean, distance } from '../../../scripts/check/suggest.ts';

describe('suggest', () => {
  it('measures edit distance', () => expect(distance('summery', 'summary')).toBe(1));
  it('finds the closest candidate', () => expect(closest('sumary', ['title', 'summary', 'status'])).toBe('summary'));
  it('gives nothing when all candidates are far off', () =>
    expect(closest('xyz', ['title', 'summary'])).toBeUndefined());
  it('phrases a suggestion in Swedish', () =>
    expect(didYouMean('intro-stokholm', ['intro-stockholm'])).toBe(' (menade du "intro-stockholm"?)'));
});
