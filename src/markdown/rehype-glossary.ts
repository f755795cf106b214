// Marks the first use of each glossary term on a page: a link to the glossary
// with the definition in a tooltip (shown on hover and focus, dismissed with
// Esc by the small script in Base.astro). The tooltip is kept out of search.
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { firstUnseen, surfaces, termPattern, type GlossaryTerm } from '../lib/glossary-match.ts';
import { loadGlossary } from '../lib/glossary-files.ts';
import { withBase } from '../lib/urls.ts';

export interface RehypeGlossaryOptions { glossaryDir: string; base: string }

const SKIP_TAGS = new Set(['a', 'abbr', 'dfn', 'code', 'pre', 'figure', 'svg', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function mark(text: string, term: GlossaryTerm, isAbbr: boolean, href: string, n: number): Element {
  const tipId = `begrepp-${term.id}-${n}`;
  const label: ElementContent = { type: 'text', value: text };
  return {
    type: 'element', tagName: 'span', properties: { className: ['term'] },
    children: [
      { type: 'element', tagName: 'a', properties: { href, className: ['term__link'], ariaDescribedBy: [tipId] },
        children: [isAbbr ? { type: 'element', tagName: 'abbr', properties: {}, children: [label] } : label] },
      { type: 'element', tagName: 'span', properties: { id: tipId, role: 'tooltip', className: ['term__tip'], dataPagefindIgnore: '' },
        children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: term.term + (term.abbreviation ? ` (${term.abbreviation})` : '') }] },
          { type: 'text', value: ` – ${term.definition}` }] },
    ],
  };
}

export function rehypeGlossary(opts: RehypeGlossaryOptions) {
  let cache: { terms: Map<string, GlossaryTerm>; list: ReturnType<typeof surfaces>; pattern: RegExp } | undefined;
  const load = () => {
    if (cache) return cache;
    const terms = loadGlossary(opts.glossaryDir);
    const list = surfaces(terms);
    return (cache = { terms: new Map(terms.map((t) => [t.id, t])), list, pattern: termPattern(list) });
  };
  return (tree: Root) => {
    const { terms, list, pattern } = load();
    if (!list.length) return;
    const seen = new Set<string>();
    // At most one mark per paragraph or list item keeps the text calm to read.
    const marked = new Set<unknown>();
    let n = 0;
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIP_TAGS.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined || marked.has(parent)) return;
      const hit = firstUnseen((node as Text).value, pattern, list, seen);
      if (!hit) return;
      seen.add(hit.surface.id);
      marked.add(parent);
      const value = (node as Text).value;
      const term = terms.get(hit.surface.id)!;
      const parts: ElementContent[] = [
        { type: 'text', value: value.slice(0, hit.index) },
        mark(value.slice(hit.index, hit.index + hit.length), term, hit.surface.isAbbr, withBase(`/begrepp/#${term.id}`, opts.base), ++n),
        { type: 'text', value: value.slice(hit.index + hit.length) },
      ];
      parent.children.splice(index, 1, ...parts);
      return index + 2; // past the mark: never mark inside a tooltip
    });
  };
}
