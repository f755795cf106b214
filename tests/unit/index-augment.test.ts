import { expect, it } from 'vitest';
import { createSplitter } from '../../src/lib/compounds.ts';
import { augmentForIndex, indexedText } from '../../src/lib/index-augment.ts';

const split = createSplitter(new Set(['kvot', 'flykting', 'mottagande']));
const page = (body: string) => `<html><body><header>kvotflyktingmottagande</header><main data-pagefind-body><h1>T</h1>${body}</main></body></html>`;

it('adds compound tails from the indexed region only, before </main>', () => {
  const out = augmentForIndex(page('<p>Om kvotflyktingmottagande.</p>'), split);
  expect(out).toContain('<p hidden data-pagefind-weight="0.5">flyktingmottagande mottagande</p></main>');
});
it('leaves pages without compounds or without an indexed body alone', () => {
  expect(augmentForIndex(page('<p>Inget här.</p>'), split)).toBe(page('<p>Inget här.</p>'));
  expect(augmentForIndex('<main>kvotflyktingmottagande</main>', split)).toBe('<main>kvotflyktingmottagande</main>');
});
it('ignores text inside scripts and SVG', () => {
  expect(indexedText('<main data-pagefind-body><svg><text>kvotflyktingmottagande</text></svg>ok</main>')).not.toContain('kvot');
});
