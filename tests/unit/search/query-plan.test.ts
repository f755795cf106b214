import { describe, expect, it } from 'vitest';
import { combine } from '../../../src/lib/search/combine.ts';
import { compoundSplits } from '../../../src/lib/query-splits.ts';
import { correctedAlternative, plainAlternatives, primaryQuery } from '../../../src/lib/search/query-plan.ts';
import { bestSections } from '../../../src/lib/search/sections.ts';
import { contentWords } from '../../../src/lib/search/stop-words.ts';
import { createCorrector } from '../../../src/lib/search/vocabulary.ts';

describe('stop words', () => {
  it('drops question words and keeps the subject', () => {
    expect(contentWords('Hur får man hjälp med tolk?')).toBe('hjälp tolk');
    expect(contentWords('vem ansvarar för bosättningsunderlaget')).toBe('ansvarar bosättningsunderlaget');
  });
  it('gives nothing when no word is dropped or every word would be', () => {
    expect(contentWords('tolk hjälp')).toBeUndefined();
    expect(contentWords('vem är man')).toBeUndefined();
  });
});

describe('query plan', () => {
  const correct = createCorrector({ words: ['bosättningsunderlag', 'tolk'] });
  it('removes signs from the query as typed', () => {
    expect(primaryQuery('§37')).toBe('37');
    expect(primaryQuery('  § 37-medel ')).toBe('37-medel');
  });
  it('reads a question by its content words and a long word as two', () => {
    expect(plainAlternatives('hur får man tolk')).toEqual([{ query: 'tolk', reading: 'innehållsord' }]);
    expect(plainAlternatives('kvotflyktingmottagande')).toContainEqual({
      query: 'kvotflykting mottagande',
      reading: 'delad',
    });
    expect(compoundSplits('kort')).toEqual([]);
    expect(compoundSplits('flyktingsmottagande')).toContain('flykting mottagande');
  });
  it('corrects the content words of a question', () => {
    expect(correctedAlternative('vem gör bosätningsunderlag', correct)).toEqual({
      query: 'bosättningsunderlag',
      reading: 'rättad',
    });
    expect(correctedAlternative('tolk', correct)).toBeUndefined();
  });
});

describe('combine', () => {
  const r = (...ids: string[]) => ids.map((id) => ({ id }));
  const ids = (c: { results: { id: string }[] }) => c.results.map((x) => x.id);
  it('keeps the typed query alone when it finds enough', () => {
    const c = combine(r('a', 'b', 'c'), [{ alternative: { query: 'x', reading: 'delad' }, results: r('d') }]);
    expect(ids(c)).toEqual(['a', 'b', 'c']);
    expect(c.shownFor).toBeUndefined();
  });
  it('shows the corrected query first, and says so, when the typed one found nothing', () => {
    const c = combine(r(), [
      { alternative: { query: 'bosätnings underlag', reading: 'delad' }, results: r('x', 'y') },
      { alternative: { query: 'bosättningsunderlag', reading: 'rättad' }, results: r('b', 'x') },
    ]);
    expect(ids(c)).toEqual(['b', 'x', 'y']);
    expect(c.shownFor).toBe('bosättningsunderlag');
  });
  it('shows a correction first even when the typed query found some (for parts of the unknown word)', () => {
    const c = combine(r('u', 'v', 'w'), [{ alternative: { query: 'k', reading: 'rättad' }, results: r('k', 'u') }]);
    expect(ids(c)).toEqual(['k', 'u', 'v', 'w']);
    expect(c.shownFor).toBe('k');
  });
  it('puts the corrected hits first, then typed, content words and the best split, without repeats', () => {
    const c = combine(r('a'), [
      { alternative: { query: 's1', reading: 'delad' }, results: r('s') },
      { alternative: { query: 's2', reading: 'delad' }, results: r('s', 't') },
      { alternative: { query: 'k', reading: 'rättad' }, results: r('k', 'a') },
      { alternative: { query: 'c', reading: 'innehållsord' }, results: r('c', 'a') },
    ]);
    expect(ids(c)).toEqual(['k', 'a', 'c', 's', 't']);
    expect(c.shownFor).toBe('k');
    const none = combine(r('a'), [{ alternative: { query: 'c', reading: 'innehållsord' }, results: r('c') }]);
    expect(ids(none)).toEqual(['a', 'c']);
    expect(none.shownFor).toBeUndefined();
  });
});

describe('bestSections', () => {
  it('keeps sections with an anchor, best match first', () => {
    const sub = (id: string | undefined, ...scores: number[]) => ({
      title: id ?? 'page',
      url: id ? `/p/#${id}` : '/p/',
      excerpt: '',
      anchor: id ? { id } : undefined,
      weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
    });
    const best = bestSections([sub(undefined, 50), sub('a', 1), sub('b', 2, 3), sub('c', 1)], 2);
    expect(best.map((s) => s.url)).toEqual(['/p/#b', '/p/#a']);
    expect(bestSections(undefined)).toEqual([]);
  });
});
