import { describe, expect, it } from 'vitest';
import { resolveHref } from '../../src/markdown/links.ts';

const opts = { base: '/metodstod', contentDir: '/p/content' };

describe('resolveHref', () => {
  it('prefixes site URLs with the base', () =>
    expect(resolveHref('/lankar/', '/p/content/sidor/a.mdx', opts)).toBe('/metodstod/lankar/'));
  it('turns relative file links into site URLs, keeping the anchor', () => {
    expect(resolveHref('../samverkansmodeller/x.mdx#steg', '/p/content/sidor/a.mdx', opts)).toBe(
      '/metodstod/samverkansmodeller/x/#steg',
    );
    expect(resolveHref('b.mdx', '/p/content/sidor/a.mdx', opts)).toBe('/metodstod/b/');
  });
  it('leaves external links alone', () =>
    expect(resolveHref('https://www.1177.se/', '/p/content/sidor/a.mdx', opts)).toBe('https://www.1177.se/'));
});
