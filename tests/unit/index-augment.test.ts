import { expect, it } from 'vitest';
import { createSplitter } from '../../src/lib/compounds.ts';
import { indexCopy, indexedText } from '../../src/lib/index-augment.ts';
import { createSynonymFinder, synonymGroups } from '../../src/lib/search/synonyms.ts';

const split = createSplitter(new Set(['kvot', 'flykting', 'mottagande']));
const page = (body: string) =>
  `<!doctype html><html lang="sv"><head><title>T – Metodstöd</title><link rel="stylesheet" href="/a.css"></head><body><header>kvotflyktingmottagande</header><nav>Meny</nav>` +
  `<main id="innehall" data-pagefind-body><span hidden data-pagefind-filter="Innehållstyp">Sida</span><h1>T</h1>${body}</main><footer>Sidfot</footer></body></html>`;

it('keeps language, title and the indexed <main> with its filters, and leaves out header, navigation and footer', () => {
  const copy = indexCopy(page('<p>Text.</p>'), split)!;
  expect(copy).toBe(
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>T – Metodstöd</title>' +
      '<meta data-pagefind-meta="amne_sida[content]" content="t"></head><body>' +
      '<main id="innehall" data-pagefind-body><span hidden data-pagefind-filter="Innehållstyp">Sida</span><h1>T</h1><p>Text.</p></main></body></html>',
  );
});
it('adds compound tails from the indexed region only, at the start of <main> (they count for the page, not its last section)', () => {
  expect(indexCopy(page('<p>Om kvotflyktingmottagande.</p>'), split)).toContain(
    '<main id="innehall" data-pagefind-body><p hidden data-pagefind-weight="0.5">flyktingmottagande mottagande</p><span',
  );
});
it("leaves the site's own subject out of a page's topic", () => {
  const copy = indexCopy(page('').replace('<h1>T</h1>', '<h1>Initial sjukvård för kvotflyktingar</h1>'), {
    split,
    siteName: 'Metodstöd kvotflyktingar',
  });
  expect(copy).toContain('content="initial sjukvård för"');
});
it('adds the glossary variants of the terms on the page, and of the title to its topic field', () => {
  const synonyms = createSynonymFinder(
    synonymGroups([{ term: 'stadsdelsförvaltning', abbreviation: 'SDF', forms: [] }]),
  );
  const copy = indexCopy(page('<p>Kontakta SDF.</p>').replace('<h1>T</h1>', '<h1>Stadsdelsförvaltning</h1>'), {
    split,
    synonyms,
  });
  expect(copy).toContain('<meta data-pagefind-meta="amne_sida[content]" content="stadsdelsförvaltning SDF">');
  expect(indexCopy(page('<p>Kontakta SDF.</p>'), { split, synonyms })).toContain(
    '<p hidden data-pagefind-weight="0.5">stadsdelsförvaltning</p>',
  );
});
it('puts the terms a glossary defines and its headings in fields of their own where the type weighs them', () => {
  const counts = new Map<string, number>();
  const body = '<h2>T</h2><dl><dt><dfn>Tolk</dfn></dt><dd>Tolk och tolkar.</dd></dl>';
  const copy = indexCopy(page(body).replace('>Sida<', '>Begrepp<'), { split, counts });
  expect(copy).toContain('<meta data-pagefind-meta="definierar_begrepp[content]" content="Tolk Tolk">');
  expect(copy).not.toContain('rubriker_begrepp');
  expect(indexCopy(page(body).replace('>Sida<', '>Checklista<'), split)).toContain(
    '<meta data-pagefind-meta="rubriker_checklista[content]" content="T">',
  );
  expect(indexCopy(page(body), split)).not.toContain('definierar_');
  expect(counts.get('tolk')).toBe(2);
  expect(counts.has('kvotflyktingmottagande')).toBe(false);
});
it('gives nothing for a page outside the index', () => {
  expect(indexCopy('<html><body><main>kvotflyktingmottagande</main></body></html>', split)).toBeUndefined();
});
it('leaves out what Pagefind ignores, nested elements included', () => {
  expect(
    indexedText(
      '<main data-pagefind-body>a<span data-pagefind-ignore><span>b</span><strong>SDF</strong></span>c<section class="x" data-pagefind-ignore>d</section>e</main>',
    ).replace(/\s+/g, ''),
  ).toBe('ace');
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
  const result = writeIndexCopies({
    root,
    site,
    files,
    glossaryDir: path.resolve('tests/fixtures/site/content/begrepp'),
  });
  expect(result.pages).toBe(1);
  expect(result.counts.get('kvotflyktingmottagande')).toBe(1);
  expect(readFileSync(path.join(site, 'a/index.html'), 'utf8')).toContain('data-pagefind-weight="0.5"');
  expect(existsSync(path.join(site, '404.html'))).toBe(false);
}, 30_000); // loads the Swedish word list
