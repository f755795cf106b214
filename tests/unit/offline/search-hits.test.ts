import { describe, expect, it } from 'vitest';
import type { PagefindData, PagefindResult } from '../../../src/lib/search/engine.ts';
import {
  UNKNOWN_PAGE,
  cacheKey,
  fragmentId,
  namedHits,
  offlineAwareHits,
  offlineHit,
  searchPages,
  type OfflineIo,
  type SearchPages,
} from '../../../src/lib/offline/search-hits.ts';

const data = (url: string, title: string): PagefindData => ({
  url,
  excerpt: `om <mark>${title}</mark>`,
  meta: { title },
  sub_results: [{ title: 'Del', url: `${url}#del`, excerpt: '', anchor: { id: 'del' } }],
});
/** A Pagefind result whose fragment is cached (data) or not (the fetch fails). */
const result = (id: string, d?: PagefindData): PagefindResult => ({
  id,
  data: () => (d ? Promise.resolve(d) : Promise.reject(new TypeError('Failed to fetch'))),
});

const PAGES: SearchPages = {
  sv_1: ['/processkarta/steg/', 'Ett steg'],
  sv_2: ['/aktorer/a/', 'Aktören'],
  sv_3: ['/kontakt/', 'Kontakt'],
};
/** The browser's side: the network state, the page list and the caches, with a log of what was asked. */
function io(online: boolean, cachedPages: string[], pages: SearchPages = PAGES) {
  const asked: string[] = [];
  const fake: OfflineIo = {
    online: () => online,
    pages: () => {
      asked.push('pages');
      return Promise.resolve(pages);
    },
    cached: (key) => {
      asked.push(key);
      return Promise.resolve(cachedPages.includes(key));
    },
  };
  return { fake, asked };
}

describe('the page list', () => {
  it('names every page by its fragment id, in a stable order', () => {
    const list = searchPages([
      { id: 'sv_b', url: '/b/', title: 'B' },
      { id: 'sv_a', url: '/a/' },
    ]);
    expect(Object.keys(list)).toEqual(['sv_a', 'sv_b']);
    expect(list).toEqual({ sv_a: ['/a/', ''], sv_b: ['/b/', 'B'] });
  });
  it('reads the id from a fragment file', () => {
    expect(fragmentId('pagefind/fragment/sv_1fcbf3a.pf_fragment')).toBe('sv_1fcbf3a');
    expect(fragmentId('pagefind/index/sv_1.pf_index')).toBeUndefined();
  });
  it('looks pages up without their section or query', () => {
    expect(cacheKey('/m/processkarta/steg/#del')).toBe('/m/processkarta/steg/');
    expect(cacheKey('/m/sok/?q=x')).toBe('/m/sok/');
  });
});

describe('a hit offline', () => {
  it('is the usual hit, with its sections, when the page is cached', () => {
    const hit = offlineHit(data('/a/', 'A'), undefined, true);
    expect(hit.unavailable).toBeUndefined();
    expect(hit.sections.map((s) => s.url)).toEqual(['/a/#del']);
  });
  it('is marked, without section links, when the page is not cached', () => {
    const hit = offlineHit(data('/a/', 'A'), undefined, false);
    expect(hit).toMatchObject({ url: '/a/', meta: { title: 'A' }, unavailable: true, sections: [] });
  });
  it('is named from the page list when its fragment is missing', () => {
    expect(offlineHit(undefined, ['/a/', 'A'], false)).toMatchObject({
      url: '/a/',
      meta: { title: 'A' },
      unavailable: true,
    });
    // A page read before (cached) whose fragment never was: a link, without excerpt.
    const read = offlineHit(undefined, ['/a/', 'A'], true);
    expect(read).toMatchObject({ url: '/a/', excerpt: '', meta: { title: 'A' } });
    expect(read.unavailable).toBeUndefined();
  });
  it('falls back to the URL, then to words, for its name', () => {
    expect(offlineHit(undefined, ['/a/', ''], false).meta.title).toBe('/a/');
    const unknown = offlineHit(undefined, undefined, true);
    expect(unknown).toMatchObject({ meta: { title: UNKNOWN_PAGE }, unavailable: true });
  });
});

describe('offlineAwareHits', () => {
  it('online, with every fragment, gives the hits as Pagefind does and asks nothing more', async () => {
    const { fake, asked } = io(true, []);
    const hits = await offlineAwareHits(fake)([result('sv_2', data('/aktorer/a/', 'Aktören'))]);
    expect(hits).toEqual([
      { ...data('/aktorer/a/', 'Aktören'), sections: [expect.objectContaining({ url: '/aktorer/a/#del' })] },
    ]);
    expect(asked).toEqual([]);
  });
  it('offline, links the cached pages and marks the others, in the order found', async () => {
    const { fake, asked } = io(false, ['/processkarta/steg/']);
    const hits = await offlineAwareHits(fake)([
      result('sv_2'),
      result('sv_1', data('/processkarta/steg/', 'Ett steg')),
      result('sv_3', data('/kontakt/', 'Kontakt')),
    ]);
    expect(hits.map((h) => [h.url, h.meta.title, h.unavailable ?? false])).toEqual([
      ['/aktorer/a/', 'Aktören', true],
      ['/processkarta/steg/', 'Ett steg', false],
      ['/kontakt/', 'Kontakt', true],
    ]);
    expect(asked).toContain('pages');
  });
  it('offline with every fragment cached, does not read the page list', async () => {
    const { fake, asked } = io(false, ['/processkarta/steg/']);
    const hits = await offlineAwareHits(fake)([result('sv_1', data('/processkarta/steg/', 'Ett steg'))]);
    expect(hits[0].unavailable).toBeUndefined();
    expect(asked).toEqual(['/processkarta/steg/']);
  });
  it('treats a fragment that cannot be loaded as no network, even when the browser says it is online', async () => {
    const { fake } = io(true, []);
    const hits = await offlineAwareHits(fake)([
      result('sv_1', data('/processkarta/steg/', 'Ett steg')),
      result('sv_3'),
    ]);
    expect(hits.map((h) => h.unavailable ?? false)).toEqual([true, true]);
    expect(hits[1].meta.title).toBe('Kontakt');
  });
  it('still lists a hit when the page list cannot be read', async () => {
    const { fake } = io(false, [], {});
    const hits = await offlineAwareHits(fake)([result('sv_9')]);
    expect(hits).toMatchObject([{ meta: { title: UNKNOWN_PAGE }, unavailable: true }]);
  });
});

describe('namedHits', () => {
  const list: SearchPages = { a: ['/a/', 'Sidan A'], b: ['/b/', ''] };
  it('names every hit from the list, by its title or else its URL', () => {
    expect(namedHits([{ id: 'a' }, { id: 'b' }], list)).toEqual([
      { url: '/a/', excerpt: '', meta: { title: 'Sidan A' }, sections: [] },
      { url: '/b/', excerpt: '', meta: { title: '/b/' }, sections: [] },
    ]);
  });
  it('gives nothing while the list is not loaded, or when it lacks a hit', () => {
    expect(namedHits([{ id: 'a' }], undefined)).toBeUndefined();
    expect(namedHits([{ id: 'a' }, { id: 'c' }], list)).toBeUndefined();
  });
});
