import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('turns å, ä and ö into a, a and o', () =>
    expect(slugify('Ärenden hos Försäkringskassan på Åland')).toBe('arenden-hos-forsakringskassan-pa-aland'));
  it('lowercases and joins words with hyphens', () => expect(slugify('Initial sjukvård')).toBe('initial-sjukvard'));
  it('collapses punctuation and trims hyphens', () => expect(slugify(' – §37-medel (2020)! ')).toBe('37-medel-2020'));
  it('drops other accents', () => expect(slugify('Café Müller')).toBe('cafe-muller'));
  it('gives an empty string when nothing is left', () => expect(slugify('???')).toBe(''));
});

describe('isSlug', () => {
  it('accepts clean slugs', () => expect(isSlug('intro-stockholm')).toBe(true));
  it('rejects capitals, spaces and å', () => {
    expect(isSlug('Intro-stockholm')).toBe(false);
    expect(isSlug('intro stockholm')).toBe(false);
    expect(isSlug('förslag')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
  });
});
