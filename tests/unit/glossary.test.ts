import { describe, expect, it } from 'vitest';
import { firstUnseen, surfaces, termPattern } from '../../src/lib/glossary-match.ts';

const terms = [
  { id: 'lss', term: 'Lagen om stöd och service', abbreviation: 'LSS', forms: [], definition: 'En lag.' },
  { id: 'ekonomiskt-bistand', term: 'Ekonomiskt bistånd', forms: ['ekonomiskt bistånd'], definition: 'Stöd.' },
  { id: 'bistand', term: 'Bistånd', forms: [], definition: 'Hjälp.' },
];
const list = surfaces(terms);
const re = termPattern(list);

describe('firstUnseen', () => {
  it('prefers the longest form', () =>
    expect(firstUnseen('Hon får ekonomiskt bistånd.', re, list, new Set())?.surface.id).toBe('ekonomiskt-bistand'));
  it('ignores case for terms but not for abbreviations', () => {
    expect(firstUnseen('insatser enligt lss', re, list, new Set())).toBeUndefined();
    expect(firstUnseen('insatser enligt LSS', re, list, new Set())?.surface.isAbbr).toBe(true);
  });
  it('matches whole words only', () => expect(firstUnseen('biståndsbedömning', re, list, new Set())).toBeUndefined());
  it('skips terms already marked', () =>
    expect(firstUnseen('LSS och LSS', re, list, new Set(['lss']))).toBeUndefined());
});
