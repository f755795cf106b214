import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { firstUnseen, surfaces, termPattern } from '../../src/lib/glossary-match.ts';
import { rehypeGlossary } from '../../src/markdown/rehype-glossary.ts';
import path from 'node:path';

const terms = [
  { id: 'lss', term: 'Lagen om stöd och service', abbreviation: 'LSS', forms: [], definition: 'En lag.' },
  { id: 'ekonomiskt-bistand', term: 'Ekonomiskt bistånd', forms: ['ekonomiskt bistånd'], definition: 'Stöd.' },
  { id: 'bistand', term: 'Bistånd', forms: [], definition: 'Hjälp.' },
];
const list = surfaces(terms);
const re = termPattern(list);

describe('firstUnseen', () => {
  it('prefers the longest form', () => expect(firstUnseen('Hon får ekonomiskt bistånd.', re, list, new Set())?.surface.id).toBe('ekonomiskt-bistand'));
  it('ignores case for terms but not for abbreviations', () => {
    expect(firstUnseen('insatser enligt lss', re, list, new Set())).toBeUndefined();
    expect(firstUnseen('insatser enligt LSS', re, list, new Set())?.surface.isAbbr).toBe(true);
  });
  it('matches whole words only', () => expect(firstUnseen('biståndsbedömning', re, list, new Set())).toBeUndefined());
  it('skips terms already marked', () => expect(firstUnseen('LSS och LSS', re, list, new Set(['lss']))).toBeUndefined());
});

describe('rehypeGlossary on real glossary files', () => {
  const p = (text: string): Root => ({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }] });
  const run = (tree: Root) => { rehypeGlossary({ glossaryDir: path.resolve('content/begrepp'), base: '/b' })(tree); return tree; };
  it('marks only the first use, linking to the glossary with a tooltip', () => {
    const tree = run(p('En kvotflykting är … Varje kvotflykting har rätt till stöd.'));
    const html = JSON.stringify(tree);
    expect(html.match(/term__link/g)).toHaveLength(1);
    expect(html).toContain('"href":"/b/begrepp/#kvotflykting"');
    expect(html).toContain('"role":"tooltip"');
  });
  it('leaves headings and links alone', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'Kvotflykting' }] }] };
    expect(JSON.stringify(run(tree))).not.toContain('term__link');
  });
});

it('marks at most one term per paragraph', () => {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'En kvotflykting får ekonomiskt bistånd enligt LSS.' }] }] };
  rehypeGlossary({ glossaryDir: path.resolve('content/begrepp'), base: '' })(tree);
  expect(JSON.stringify(tree).match(/term__link/g)).toHaveLength(1);
});
