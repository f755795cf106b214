import { describe, expect, it } from 'vitest';
import {
  counterText,
  moveIndex,
  presentationKey,
  presentationSearch,
  readPresentation,
} from '../../src/lib/presentation.ts';

describe('presentation mode', () => {
  it('maps keyboard and clicker keys', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => presentationKey(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => presentationKey(k))).toEqual(['prev', 'prev']);
    expect(presentationKey(' ', true)).toBe('prev');
    expect([presentationKey('Home'), presentationKey('End'), presentationKey('Escape'), presentationKey('a')]).toEqual([
      'first',
      'last',
      'close',
      null,
    ]);
  });

  it('moves within bounds', () => {
    expect(moveIndex(0, 'next', 3)).toBe(1);
    expect(moveIndex(2, 'next', 3)).toBe(2);
    expect(moveIndex(0, 'prev', 3)).toBe(0);
    expect(moveIndex(1, 'last', 3)).toBe(2);
    expect(moveIndex(2, 'first', 3)).toBe(0);
    expect(moveIndex(0, 'next', 0)).toBe(0);
  });

  it('reads the state from the URL', () => {
    const off = { speaker: false, reveal: false, actor: null };
    expect(readPresentation('?presentation&steg=bostad-ordnas')).toEqual({ open: true, step: 'bostad-ordnas', ...off });
    expect(readPresentation('?presentation')).toEqual({ open: true, step: null, ...off });
    expect(readPresentation('?steg=x')).toEqual({ open: false, step: 'x', ...off });
    expect(readPresentation('')).toEqual({ open: false, step: null, ...off });
  });

  it('writes the state to the URL and removes it again, keeping other parameters', () => {
    expect(presentationSearch('', 'bostad-ordnas')).toBe('?presentation&steg=bostad-ordnas');
    expect(presentationSearch('?presentation&steg=a', 'b')).toBe('?presentation&steg=b');
    expect(presentationSearch('?x=1&presentation=&steg=a', 'b')).toBe('?x=1&presentation&steg=b');
    expect(presentationSearch('?presentation&steg=a', null)).toBe('');
    expect(presentationSearch('?x=1&presentation&steg=a', null)).toBe('?x=1');
    expect(presentationSearch('', 'å ä')).toBe('?presentation&steg=%C3%A5%20%C3%A4');
    expect(readPresentation(presentationSearch('', 'å ä')).step).toBe('å ä');
  });

  it('counts in Swedish', () => expect(counterText(2, 16)).toBe('Steg 3 av 16'));
});
