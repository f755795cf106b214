import { expect, it } from 'vitest';
import { createSplitter } from '../../src/lib/compounds.ts';
import { indexCopy, indexedText } from '../../src/lib/index-augment.ts';

const split = createSplitter(new Set(['kvot', 'flykting', 'mottagande']));
const page = (body: string) =>
  `<!doctype html><html lang="sv"><head><title>T – Metodstöd</title><link rel="stylesheet" href="/a.css"></head><body><header>kvotflyktingmottagande</header><nav>Meny</nav>` +
  `<main id="innehall" data-pagefind-body><span hidden data-pagefind-filter="Innehållstyp">Sida</span><h1>T</h1>${body}</main><footer>Sidfot</footer></body></html>`;

it('keeps language, title and the indexed <main> with its filters, and leaves out header, navigation and footer', () => {
  const copy = indexCopy(page('<p>Text.</p>'), split)!;
  expect(copy).toBe(
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>T – Metodstöd</title></head><body>' +
      '<main id="innehall" data-pagefind-body><span hidden data-pagefind-filter="Innehållstyp">Sida</span><h1>T</h1><p>Text.</p></main></body></html>',
  );
});
it('adds compound tails from the indexed region only, before </main>', () => {
  expect(indexCopy(page('<p>Om kvotflyktingmottagande.</p>'), split)).toContain(
    '<p hidden data-pagefind-weight="0.5">flyktingmottagande mottagande</p></main>',
  );
});
it('gives nothing for a page outside the index', () => {
  expect(indexCopy('<html><body><main>kvotflyktingmottagande</main></body></html>', split)).toBeUndefined();
});
it('ignores text inside scripts and SVG', () => {
  expect(indexedText('<main data-pagefind-body><svg><text>kvotflyktingmottagande</text></svg>ok</main>')).not.toContain(
    'kvot',
  );
});

it('writes index copies in their place under the base path, skipping pages outside the index', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { writeIndexCopies } = await import('../../src/node/index-copies.ts');
  const root = mkdtempSync(path.join(tmpdir(), 'dist-'));
  const site = path.join(mkdtempSync(path.join(tmpdir(), 'scratch-')), 'metodstod');
  mkdirSync(path.join(root, 'a'));
  writeFileSync(path.join(root, 'a/index.html'), page('<p>Om kvotflyktingmottagande.</p>'));
  writeFileSync(path.join(root, '404.html'), '<html><body><main>Sidan finns inte</main></body></html>');
  const files = ['a/index.html', '404.html'].map((f) => path.join(root, f));
  expect(
    writeIndexCopies({ root, site, files, glossaryDir: path.resolve('tests/fixtures/site/content/begrepp') }),
  ).toBe(1);
  expect(readFileSync(path.join(site, 'a/index.html'), 'utf8')).toContain('data-pagefind-weight="0.5"');
  expect(existsSync(path.join(site, '404.html'))).toBe(false);
});
