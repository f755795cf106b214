import { describe, expect, it } from 'vitest';
import { inCopy, isCopyPage, isFragment, isIndexChunk, pageFile } from '../../../src/lib/offline/copy.ts';

describe('the bounded copy', () => {
  it('takes the map with its steps, the models, the checklist and the search page', () => {
    for (const rel of [
      'processkarta/index.html',
      'processkarta/bostad-ordnas/index.html',
      'samverkansmodeller/index.html',
      'samverkansmodeller/forsorjningsstod/index.html',
      'checklista/index.html',
      'sok/index.html',
      'index.html',
      '404.html',
    ])
      expect(inCopy(rel), rel).toBe(true);
  });

  it('leaves other pages to be cached as they are read', () => {
    for (const rel of ['kontakt/index.html', 'aktorer/index.html', 'sidor-x/index.html', 'dokument/a/index.html'])
      expect(inCopy(rel), rel).toBe(false);
    expect(isCopyPage('processkartan/index.html')).toBe(false);
  });

  it('takes styles, scripts, the map exports and the search engine with its index', () => {
    for (const rel of [
      '_astro/Base.abc.css',
      'js/search.js',
      'favicon.svg',
      'processkarta.pdf',
      'processkarta/processkarta.pptx',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.sv_1f.pf_meta',
      'pagefind/wasm.sv.pagefind',
      'pagefind/filter/sv_2.pf_filter',
      // Offline the same ranking and corrections, and the page list that names uncached hits.
      'pagefind/metodstod-ranking.json',
      'pagefind/metodstod-ord.json',
      'pagefind/metodstod-sidor.json',
    ])
      expect(inCopy(rel), rel).toBe(true);
    for (const rel of [
      '_astro/a.js.map',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'other.pdf',
      'x/pagefind/metodstod-ord.json',
    ])
      expect(inCopy(rel), rel).toBe(false);
  });

  it('leaves the word index to the size budget', () => {
    expect(isIndexChunk('pagefind/index/sv_1.pf_index')).toBe(true);
    expect(inCopy('pagefind/index/sv_1.pf_index')).toBe(false);
  });

  it('decides fragments by their page, not by name', () => {
    expect(isFragment('pagefind/fragment/sv_1.pf_fragment')).toBe(true);
    expect(inCopy('pagefind/fragment/sv_1.pf_fragment')).toBe(false);
  });

  it('maps page URL paths to their files', () => {
    expect(pageFile('')).toBe('index.html');
    expect(pageFile('processkarta/')).toBe('processkarta/index.html');
    expect(pageFile('/kontakt')).toBe('kontakt/index.html');
    expect(pageFile('404.html')).toBe('404.html');
    expect(pageFile('sok/?q=x')).toBe('sok/index.html');
  });
});
