import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance } from '../../../src/lib/search/edit-distance.ts';

describe('editDistance', () => {
  it('counts a missing, an extra, a changed letter and two swapped letters as one edit', () => {
    expect(editDistance('bosätningsunderlag', 'bosättningsunderlag')).toBe(1);
    expect(editDistance('bosätttningsunderlag', 'bosättningsunderlag')).toBe(1);
    expect(editDistance('gruppinfornation', 'gruppinformation')).toBe(1);
    expect(editDistance('gruppinfromation', 'gruppinformation')).toBe(1);
  });
  it('treats å, ä and ö as their plain letters, as Pagefind matches them, and as one letter each', () => {
    expect(editDistance('forsorjningsstod', 'försörjningsstöd')).toBe(0);
    expect(editDistance('försörjningstöd', 'försörjningsstöd')).toBe(1);
    expect(editDistance('Å', 'a')).toBe(0);
  });
  it('gives up beyond the allowed distance', () => {
    expect(editDistance('tolk', 'bosättningsunderlag')).toBe(Infinity);
    expect(editDistance('abcd', 'badc', 1)).toBe(Infinity);
    expect(editDistance('abcd', 'badc', 2)).toBe(2);
  });
  it('is symmetric and zero only for equal folded words', () => {
    const word = fc.stringMatching(/^[a-zåäö]{0,9}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b, 20);
        expect(d).toBe(editDistance(b, a, 20));
        expect(d === 0).toBe(editDistance(a, b, 0) === 0);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
  it('allows no edit below four letters, one up to seven and two from eight', () => {
    expect([allowedEdits('tol'), allowedEdits('tolk'), allowedEdits('sjukvrd'), allowedEdits('sjukvård!')]).toEqual([
      0, 1, 1, 2,
    ]);
  });
});
