// Pure parts of the browser modules (src/browser/), kept in src/lib/.
import { describe, expect, it } from 'vitest';
import { matches } from '../../src/lib/filter-match.ts';
import { STORAGE_KEY, readTicks, writeTicks } from '../../src/lib/checklist-ticks.ts';
import { compoundSplits } from '../../src/lib/query-splits.ts';

describe('matches', () => {
  it('passes everything when nothing is chosen', () => expect(matches({ actor: 'a' }, { actor: '' })).toBe(true));
  it('needs every chosen value', () => {
    expect(
      matches({ actor: 'intro-stockholm skatteverket', phase: 'ankomst' }, { actor: 'skatteverket', phase: 'ankomst' }),
    ).toBe(true);
    expect(matches({ actor: 'intro-stockholm', phase: 'ankomst' }, { actor: 'skatteverket', phase: '' })).toBe(false);
    expect(matches({}, { phase: 'ankomst' })).toBe(false);
  });
});

describe('ticks', () => {
  const store = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => m.set(k, v),
      removeItem: (k: string) => m.delete(k),
      m,
    };
  };
  it('round-trips and removes the key when empty', () => {
    const s = store();
    writeTicks(s, new Set(['b', 'a']));
    expect(s.m.get(STORAGE_KEY)).toBe('["a","b"]');
    expect([...readTicks(s)]).toEqual(['a', 'b']);
    writeTicks(s, new Set());
    expect(s.m.has(STORAGE_KEY)).toBe(false);
  });
  it('survives junk in storage', () => {
    const s = store();
    s.setItem(STORAGE_KEY, '{not json');
    expect(readTicks(s).size).toBe(0);
    s.setItem(STORAGE_KEY, '[1,"x"]');
    expect([...readTicks(s)]).toEqual(['x']);
  });
});

describe('compoundSplits', () => {
  it('offers every split of a long word, also without a linking s', () => {
    const s = compoundSplits('försörjningsstöd');
    expect(s).toContain('försörjnings stöd');
    expect(s).toContain('försörjning stöd');
  });
  it('leaves short words and phrases alone', () => {
    expect(compoundSplits('tolk')).toEqual([]);
    expect(compoundSplits('barn som tolk')).toEqual([]);
  });
});
