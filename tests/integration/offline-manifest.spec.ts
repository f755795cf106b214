// The precache manifest read from an output folder: the bounded copy, the
// fragments of copied pages only, and the word index only within the budget;
// and the page list the search reads offline.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { buildManifest, readFragments, writeSearchPages } from '../../src/node/offline-manifest.ts';
import { neverCached } from '../../src/lib/offline/worker-source.ts';

let root = '';
const put = (rel: string, content: string | Buffer) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
};
const fragment = (url: string, title?: string) =>
  gzipSync(`pagefind_dcd${JSON.stringify({ url, content: 'x', meta: title ? { title } : {} })}`);

// Per test group: Playwright runs the tests of a file in parallel workers.
test.beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'metodstod-manifest-'));
  put('processkarta/index.html', '<p>karta</p>');
  put('processkarta/steg-a/index.html', '<p>steg</p>');
  put('kontakt/index.html', '<p>kontakt</p>');
  put('_astro/a.css', 'css');
  put('sw.js', 'old');
  put('pagefind/pagefind.js', 'pf');
  put('pagefind/fragment/sv_1.pf_fragment', fragment('/m/processkarta/steg-a/'));
  put('pagefind/fragment/sv_2.pf_fragment', fragment('/m/kontakt/', 'Kontakt'));
  put('pagefind/index/sv_1.pf_index', 'x'.repeat(1000));
});
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

test.describe('the manifest of a build', () => {
  test('lists the copy with a revision per file, fragments of copied pages only', () => {
    const urls = buildManifest(root, '/m/', neverCached).map((e) => e.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/m/processkarta/',
        '/m/processkarta/steg-a/',
        '/m/_astro/a.css',
        '/m/pagefind/pagefind.js',
        '/m/pagefind/fragment/sv_1.pf_fragment',
        '/m/pagefind/index/sv_1.pf_index',
      ]),
    );
    expect(urls).not.toContain('/m/kontakt/');
    expect(urls).not.toContain('/m/pagefind/fragment/sv_2.pf_fragment');
    expect(urls).not.toContain('/m/sw.js');
  });

  test('leaves out the word index when the copy would exceed the budget', () => {
    const urls = buildManifest(root, '/m/', neverCached, 500).map((e) => e.url);
    expect(urls).not.toContain('/m/pagefind/index/sv_1.pf_index');
    expect(urls).toContain('/m/processkarta/');
  });

  test('writes the page list the search reads offline, for every page, and puts it in the copy', () => {
    const fragments = readFragments(root);
    writeSearchPages(root, fragments);
    expect(JSON.parse(readFileSync(path.join(root, 'pagefind/metodstod-sidor.json'), 'utf8'))).toEqual({
      sv_1: ['/m/processkarta/steg-a/', ''],
      sv_2: ['/m/kontakt/', 'Kontakt'],
    });
    const urls = buildManifest(root, '/m/', neverCached, undefined, fragments).map((e) => e.url);
    expect(urls).toContain('/m/pagefind/metodstod-sidor.json');
    expect(urls).not.toContain('/m/pagefind/fragment/sv_2.pf_fragment');
  });
});
