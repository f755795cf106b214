import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { copyBytes, entryFor, manifestVersion, precacheUrl, revisionOf } from '../../../src/lib/offline/manifest.ts';
import { fragmentPage } from '../../../src/lib/offline/fragments.ts';
import { planUpdate } from '../../../src/lib/offline/update-plan.ts';
import { overLimit } from '../../../src/lib/offline/eviction.ts';
import { neverCached, readPrecache, serviceWorkerSource } from '../../../src/lib/offline/worker-source.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('precache manifest', () => {
  it('maps files to the URLs pages are requested by, under the base path', () => {
    expect(precacheUrl('index.html', '/')).toBe('/');
    expect(precacheUrl('processkarta/index.html', '/')).toBe('/processkarta/');
    expect(precacheUrl('processkarta/index.html', '/metodstod')).toBe('/metodstod/processkarta/');
    expect(precacheUrl('404.html', '/metodstod/')).toBe('/metodstod/404.html');
  });

  it('gives each file a revision of its bytes and its size', () => {
    const e = entryFor('a/index.html', bytes('A'), '/');
    expect(e).toEqual({ url: '/a/', revision: revisionOf('A'), size: 1 });
    expect(revisionOf('A')).toMatch(/^[0-9a-f]{16}$/);
    expect(revisionOf('B')).not.toBe(revisionOf('A'));
    expect(copyBytes([e, entryFor('b.css', bytes('xyz'), '/')])).toBe(4);
  });

  it('versions by URLs and revisions, not by order', () => {
    const a = { url: '/a/', revision: '1' };
    const b = { url: '/b.css', revision: '2' };
    const v = manifestVersion([a, b]);
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    expect(manifestVersion([b, a])).toBe(v);
    expect(manifestVersion([a, { ...b, revision: '3' }])).not.toBe(v);
    expect(manifestVersion([a])).not.toBe(v);
  });

  it('reads the page URL out of a Pagefind fragment', () => {
    expect(fragmentPage(gzipSync('pagefind_dcd{"url":"/m/processkarta/x/","content":"…"}'))?.url).toBe(
      '/m/processkarta/x/',
    );
    expect(fragmentPage(gzipSync('{"nourl":1}'))).toBeUndefined();
    expect(fragmentPage(bytes('not gzip'))).toBeUndefined();
  });

  it('reads the page title with the URL, for the search offline', () => {
    expect(fragmentPage(gzipSync('pagefind_dcd{"url":"/x/","meta":{"title":"Steg X"}}'))).toEqual({
      url: '/x/',
      title: 'Steg X',
    });
    expect(fragmentPage(gzipSync('pagefind_dcd{"url":"/x/","meta":{}}'))).toEqual({ url: '/x/' });
  });
});

describe('update plan', () => {
  it('copies unchanged files and fetches new and changed ones', () => {
    const prev = [
      { url: '/a/', revision: '1' },
      { url: '/b/', revision: '2' },
      { url: '/gone/', revision: '3' },
    ];
    const next = [
      { url: '/a/', revision: '1' },
      { url: '/b/', revision: '2b' },
      { url: '/new/', revision: '4' },
    ];
    expect(planUpdate(prev, next)).toEqual({ copy: ['/a/'], fetch: ['/b/', '/new/'] });
    expect(planUpdate(undefined, next).fetch).toEqual(['/a/', '/b/', '/new/']);
  });
});

describe('eviction', () => {
  it('drops the oldest entries above the limit', () => {
    expect(overLimit(['a', 'b', 'c', 'd'], 2)).toEqual(['a', 'b']);
    expect(overLimit(['a'], 2)).toEqual([]);
    expect(overLimit([], 0)).toEqual([]);
  });
});

describe('worker source', () => {
  it('never caches the worker, source maps or dotfiles', () => {
    expect(['sw.js', '_astro/a.js.map', '.DS_Store', 'x/.hidden/y'].every(neverCached)).toBe(true);
    expect(neverCached('index.html')).toBe(false);
  });

  it('writes the constants ahead of the runtime and can read the manifest back', () => {
    const entries = [{ url: '/m/', revision: 'r1', size: 10 }];
    const src = serviceWorkerSource({ version: 'abc', base: '/m', entries }, '/* runtime */');
    expect(src).toContain('const VERSION = "abc";');
    expect(src).toContain('const BASE = "/m/";');
    expect(src.trimEnd().endsWith('/* runtime */')).toBe(true);
    expect(readPrecache(src)).toEqual([{ url: '/m/', revision: 'r1' }]);
  });
});

describe('page not available offline', () => {
  it('says so plainly and links to what the copy has, under the base path', async () => {
    const { unavailablePage, UNAVAILABLE } = await import('../../../src/lib/offline/unavailable.ts');
    const html = unavailablePage('/m', '/m/kontakt/<x>');
    expect(html).toContain(`<h1>${UNAVAILABLE}</h1>`);
    expect(html).toContain('href="/m/processkarta/"');
    expect(html).toContain('/m/kontakt/&#60;x&#62;');
    expect(html).not.toContain('<x>');
  });
});

describe('bench: rebuild ratio', () => {
  it('divides by the median clean build', async () => {
    const { rebuildRatio } = await import('../../../scripts/bench/offline.ts');
    expect(rebuildRatio(4, [10, 30, 8])).toBe(0.4);
    expect(rebuildRatio(5, [10, 20])).toBe(0.333);
    expect(rebuildRatio(5, [])).toBeNull();
  });
});
