import { describe, expect, it } from 'vitest';
import { compoundTerms, createSplitter } from '../../src/lib/compounds.ts';
import { loadSwedishWords, parseDic } from '../../src/node/swedish-words.ts';

describe('createSplitter with a small word list', () => {
  const split = createSplitter(
    new Set(['kvot', 'flykting', 'mottagande', 'försörjning', 'stöd', 'initial', 'sjukvård']),
  );
  it('finds every tail of a compound', () =>
    expect(split('kvotflyktingmottagande')).toEqual(['flyktingmottagande', 'mottagande']));
  it('handles the linking s', () => expect(split('försörjningsstöd')).toEqual(['stöd']));
  it('handles inflected tails', () => expect(split('initialsjukvården')).toEqual(['sjukvården']));
  it('leaves plain words and unknown parts alone', () => {
    expect(split('mottagande')).toEqual([]);
    expect(split('kvotblabla')).toEqual([]);
  });
  it('splits hyphenated words', () => expect(split('SDF-handläggare')).toEqual(['handläggare']));
});

describe('compoundTerms', () => {
  const split = createSplitter(new Set(['kvot', 'flykting', 'mottagande']));
  it('returns only terms not already in the text', () => {
    expect(compoundTerms('Kvotflyktingmottagande och mottagande.', split)).toEqual(['flyktingmottagande']);
  });
});

describe('the real Swedish word list', () => {
  const split = createSplitter(loadSwedishWords());
  it('parses Hunspell stems', () => expect(parseDic('2\nflykting/ADG\nx/A\n')).toEqual(['flykting']));
  it.each([
    ['kvotflyktingmottagande', 'mottagande'],
    ['initialsjukvården', 'sjukvården'],
    ['försörjningsstödet', 'stödet'],
    ['hälsoundersökningen', 'undersökningen'],
    ['etableringsersättning', 'ersättning'],
    ['bosättningsunderlagen', 'underlagen'],
  ])('splits %s into … %s', (word, tail) => expect(split(word)).toContain(tail));
});
