import { describe, expect, it } from 'vitest';
import { swedishPunctuation } from '../../src/lib/typography.ts';

describe('swedishPunctuation', () => {
  it('uses the Swedish right-hand quotation mark on both sides', () =>
    expect(swedishPunctuation('Använd "Föreslå ändring" här')).toBe('Använd \u201DFöreslå ändring\u201D här'));
  it('turns apostrophes into typographic ones', () =>
    expect(swedishPunctuation("FN's 'råd'")).toBe('FN\u2019s \u2019råd\u2019'));
  it('makes en and em dashes and the ellipsis', () =>
    expect(swedishPunctuation('ja -- nej --- kanske...')).toBe('ja \u2013 nej \u2014 kanske\u2026'));
  it('leaves text without such marks alone', () =>
    expect(swedishPunctuation('Bosättning 2020-01-01, kl. 10.00')).toBe('Bosättning 2020-01-01, kl. 10.00'));
});
