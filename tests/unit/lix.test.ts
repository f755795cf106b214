import { describe, expect, it } from 'vitest';
import { lix, lixLevel, sentences, words } from '../../src/lib/lix.ts';

describe('lix', () => {
  it('is words per sentence plus the percentage of long words', () => {
    // 7 words, 2 sentences, 2 long words (mottagandet, kommunen): 7/2 + 100*2/7 = 32.07
    const r = lix(['Vi gör mottagandet. Det sker i kommunen.']);
    expect(r).toEqual({ words: 7, sentences: 2, longWords: 2, lix: 32 });
  });
  it('ends a sentence at the end of each block', () => {
    expect(lix(['En rubrik', 'En mening utan punkt']).sentences).toBe(2);
  });
  it('counts six letters as short and seven as long', () => {
    expect(lix(['sexsex sjusjus.']).longWords).toBe(1);
  });
  it('gives 0 for no text', () => expect(lix(['', '123']).lix).toBe(0));
});

describe('words and sentences', () => {
  it('keeps hyphenated words whole and leaves out digits', () => {
    expect(words('E-post 2026 till SDF:s handläggare')).toEqual(['E-post', 'till', 'SDF', 's', 'handläggare']);
  });
  it('does not split after an abbreviation followed by a lower-case word', () => {
    expect(sentences('Ta med t.ex. pass. Sedan går ni hem.')).toEqual(['Ta med t.ex. pass.', 'Sedan går ni hem.']);
  });
});

it('names the bands', () => {
  expect(lixLevel(38)).toBe('lättläst');
  expect(lixLevel(45)).toBe('medelsvår');
});
