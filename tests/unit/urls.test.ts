import { describe, expect, it } from 'vitest';
import { contentFileToPath, entryPath, withBase } from '../../src/lib/urls.ts';

describe('withBase', () => {
  it('prefixes root-relative paths', () => expect(withBase('/lankar/', '/metodstod')).toBe('/metodstod/lankar/'));
  it('leaves external, protocol-relative and hash links alone', () => {
    expect(withBase('https://x.se/', '/b')).toBe('https://x.se/');
    expect(withBase('//x.se/', '/b')).toBe('//x.se/');
    expect(withBase('#a', '/b')).toBe('#a');
  });
  it('does not double-prefix', () => expect(withBase('/b/x/', '/b')).toBe('/b/x/'));
  it('is a no-op at the root', () => expect(withBase('/x/', '')).toBe('/x/'));
});

describe('entryPath', () => {
  it('puts pages at the root and the start intro at /', () => {
    expect(entryPath('sidor', 'gruppinformation')).toBe('/gruppinformation/');
    expect(entryPath('avsnitt', 'start')).toBe('/');
    expect(entryPath('avsnitt', 'lankar')).toBe('/lankar/');
  });
  it('uses anchors for list-only types', () => {
    expect(entryPath('begrepp', 'lss')).toBe('/begrepp/#lss');
    expect(entryPath('faser', 'ankomst')).toBe('/processkarta/#fas-ankomst');
  });
  it('gives entry pages their own URL', () =>
    expect(entryPath('samverkansmodeller', 'x')).toBe('/samverkansmodeller/x/'));
});

describe('contentFileToPath', () => {
  it('maps content files to site paths', () => {
    expect(contentFileToPath('samverkansmodeller/forsorjningsstod.mdx')).toBe('/samverkansmodeller/forsorjningsstod/');
    expect(contentFileToPath('processkarta/steg/ankomst.yaml')).toBe('/processkarta/ankomst/');
    expect(contentFileToPath('sidor/a/b.mdx')).toBe('/a/b/');
  });
  it('returns undefined outside the content folders', () => expect(contentFileToPath('okand/x.mdx')).toBeUndefined());
});
