import { describe, expect, it } from 'vitest';
import { createSearch, type PagefindApi, type PagefindResult } from '../../../src/lib/search/engine.ts';

/** A fake Pagefind over pages given as url → words; every word must be on the page (as Pagefind). */
function fakePagefind(pages: Record<string, string>, log: string[] = []) {
  let open = 0;
  let maxOpen = 0;
  const api: PagefindApi = {
    options: () => Promise.resolve(),
    init: () => undefined,
    filters: () => Promise.resolve({}),
    search: async (q) => {
      log.push(q);
      open++;
      maxOpen = Math.max(maxOpen, open);
      await new Promise((r) => setTimeout(r, 5));
      open--;
      const terms = q.toLowerCase().split(/\s+/);
      const results: PagefindResult[] = Object.entries(pages)
        .filter(([, text]) => terms.every((t) => text.split(' ').some((w) => w.startsWith(t))))
        .map(([url]) => ({
          id: url,
          data: () =>
            Promise.resolve({
              url,
              excerpt: '',
              meta: { title: url },
              sub_results: [
                { title: url, url, excerpt: '' },
                { title: 'Del', url: `${url}#del`, excerpt: '', anchor: { id: 'del' } },
              ],
            }),
        }));
      return { results };
    },
  };
  return { api, maxOpen: () => maxOpen };
}

const pages = {
  '/bosattningsunderlag/': 'bosättningsunderlag och statistik',
  '/tolk/': 'tolk hjälp',
  '/checklista/': 'hjälp med tolk och annat',
  '/om/': 'kvotflykting mottagande',
  '/barn/': 'barn är aldrig tolk',
};
const vocabulary = { words: ['bosättningsunderlag', 'statistik', 'tolk', 'hjälp', 'kvotflykting', 'mottagande'] };

describe('createSearch', () => {
  it('searches again with the closest words of the vocabulary when the query finds nothing, and says so', async () => {
    const { api } = fakePagefind(pages);
    const search = createSearch(
      () => Promise.resolve(api),
      () => Promise.resolve(vocabulary),
    );
    const r = await search('bosätningsunderlag');
    expect(r.hits.map((h) => h.url)).toEqual(['/bosattningsunderlag/']);
    expect(r.shownFor).toBe('bosättningsunderlag');
    expect(r.hits[0].sections.map((s) => s.url)).toEqual(['/bosattningsunderlag/#del']);
  });
  it('loads Pagefind and the vocabulary once, ahead of the first search when prepared', async () => {
    const { api } = fakePagefind(pages);
    let pagefinds = 0;
    let vocabularies = 0;
    const search = createSearch(
      () => (pagefinds++, Promise.resolve(api)),
      () => (vocabularies++, Promise.resolve(vocabulary)),
    );
    search.prepare();
    expect([pagefinds, vocabularies]).toEqual([1, 1]);
    search.prepare();
    expect(vocabularies).toBe(1);
    expect((await search('bosätningsunderlag')).shownFor).toBe('bosättningsunderlag');
    expect(vocabularies).toBe(1);
  });
  it('names the hits from the page list before their fragments are loaded, when it has them', async () => {
    const { api } = fakePagefind(pages);
    let loads = 0;
    const named = (results: PagefindResult[]) =>
      results.map((r) => ({ url: r.id, excerpt: '', meta: { title: `Listad ${r.id}` }, sections: [] }));
    const search = createSearch(
      () => Promise.resolve(api),
      () => Promise.resolve(vocabulary),
      undefined,
      { load: () => loads++, hits: named },
    );
    search.prepare();
    expect(loads).toBe(1);
    const previews: string[][] = [];
    const r = await search('tolk', { onPreview: (o) => previews.push(o.hits.map((h) => h.meta.title ?? '')) });
    expect(previews).toEqual([r.hits.map((h) => `Listad ${h.url}`)]);
    expect(r.hits[0].meta.title).toBe(r.hits[0].url);
    // No list yet (hits() gives undefined): no preview, the hits come as before.
    const without = createSearch(
      () => Promise.resolve(api),
      () => Promise.resolve(vocabulary),
      undefined,
      { load: () => undefined, hits: () => undefined },
    );
    const none: unknown[] = [];
    await without('tolk', { onPreview: (o) => none.push(o) });
    expect(none).toEqual([]);
  });
  it('searches only the words as typed when asked for the exact words', async () => {
    const log: string[] = [];
    const { api } = fakePagefind(pages, log);
    const search = createSearch(
      () => Promise.resolve(api),
      () => Promise.resolve(vocabulary),
    );
    const r = await search('bosätningsunderlag', { exact: true });
    expect(r.total).toBe(0);
    expect(log).toEqual(['bosätningsunderlag']);
  });
  it('finds for a question what its content words find', async () => {
    const { api } = fakePagefind(pages);
    const search = createSearch(
      () => Promise.resolve(api),
      () => Promise.resolve(vocabulary),
    );
    const r = await search('hur får man hjälp med tolk');
    expect(r.hits.map((h) => h.url).sort()).toEqual(['/checklista/', '/tolk/']);
    expect((await search('vem tolk')).total).toBe(3);
    expect(r.shownFor).toBeUndefined();
  });
  it('runs the other readings at the same time, and loads the vocabulary once, with the first search', async () => {
    const { api, maxOpen } = fakePagefind(pages);
    let loads = 0;
    const search = createSearch(
      () => Promise.resolve(api),
      () => {
        loads++;
        return Promise.resolve(vocabulary);
      },
    );
    expect(loads).toBe(0);
    expect((await search('tolk')).total).toBe(3);
    expect(loads).toBe(1);
    const r = await search('kvotflyktingmottagande');
    expect(r.hits.map((h) => h.url)).toEqual(['/om/']);
    expect(maxOpen()).toBeGreaterThan(5);
    expect(loads).toBe(1);
  });
  it('still searches when the vocabulary cannot be loaded', async () => {
    const { api } = fakePagefind(pages);
    const search = createSearch(
      () => Promise.resolve(api),
      () => Promise.reject(new Error('offline')),
    );
    expect((await search('bosätningsunderlag')).total).toBe(0);
    expect((await search('hjälp')).total).toBe(2);
  });
  it('hands the results to show, up to the limit, to the given loader', async () => {
    const { api } = fakePagefind(pages);
    const given: string[][] = [];
    const search = createSearch(
      () => Promise.resolve(api),
      () => Promise.resolve(vocabulary),
      (results) => {
        given.push(results.map((r) => r.id));
        return Promise.resolve(
          results.map((r) => ({ url: r.id, excerpt: '', meta: {}, sections: [], unavailable: true })),
        );
      },
    );
    const r = await search('tolk', { limit: 2 });
    expect(r.total).toBe(3);
    expect(given).toEqual([r.hits.map((h) => h.url)]);
    expect(r.hits).toHaveLength(2);
    expect(r.hits.every((h) => h.unavailable)).toBe(true);
  });
});
