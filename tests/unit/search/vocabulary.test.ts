import { describe, expect, it } from 'vitest';
import {
  correctQuery,
  countWords,
  createCorrector,
  mergeCounts,
  vocabulary,
} from '../../../src/lib/search/vocabulary.ts';

describe('vocabulary', () => {
  it('counts words of four letters or more, lower case, hyphenated parts apart, no numbers', () => {
    const counts = new Map<string, number>();
    countWords('Bosättningsunderlag och LSS-insatser, § 37-medel. Bosättningsunderlag 2020', counts);
    expect(Object.fromEntries(counts)).toEqual({ bosättningsunderlag: 2, insatser: 1, medel: 1 });
  });
  it('merges the counts of two threads and lists the most frequent words first', () => {
    const a = new Map([
      ['tolk', 1],
      ['bistånd', 3],
    ]);
    mergeCounts(
      a,
      new Map([
        ['tolk', 5],
        ['anvisning', 3],
      ]),
    );
    expect(vocabulary(a).words).toEqual(['tolk', 'anvisning', 'bistånd']);
    expect(vocabulary(a, 1).words).toEqual(['tolk']);
  });
});

describe('createCorrector', () => {
  const correct = createCorrector({
    words: ['gruppinformation', 'bosättningsunderlag', 'försörjningsstöd', 'tolk', 'tolkar', 'sjukvård', 'sjukvårdens'],
  });
  it('corrects a word the site never writes to its closest word', () => {
    expect(correct('bosätningsunderlag')).toBe('bosättningsunderlag');
    expect(correct('Gruppinfromation')).toBe('gruppinformation');
    expect(correct('forsorjningstod')).toBe('försörjningsstöd');
    expect(correct('sjukvrd')).toBe('sjukvård');
  });
  it('leaves known words, their folded spelling, prefixes, short words and numbers alone', () => {
    expect(correct('tolk')).toBeUndefined();
    expect(correct('sjukvard')).toBeUndefined();
    expect(correct('gruppinfo')).toBeUndefined();
    expect(correct('tlk')).toBeUndefined();
    expect(correct('2019')).toBeUndefined();
  });
  it('gives nothing when no word is close enough', () => {
    expect(correct('hemförsäkring')).toBeUndefined();
  });
  it('prefers the more frequent of equally close words', () => {
    const c = createCorrector({ words: ['tolkar', 'tolkas'] });
    expect(c('tolkat')).toBe('tolkar');
  });
  it('rewrites a query word by word, or gives nothing when nothing changes', () => {
    expect(correctQuery('tolk bosätningsunderlag', correct)).toBe('tolk bosättningsunderlag');
    expect(correctQuery('tolk sjukvård', correct)).toBeUndefined();
  });
});
