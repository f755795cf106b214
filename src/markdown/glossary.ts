// Marks the first use of each glossary term on a page: a link to the glossary
// with the definition in a tooltip (shown on hover and focus, dismissed with
// Esc by the small script in Base.astro). The tooltip is kept out of search.
import type { Element, ElementContent, Parents } from 'hast';
import type { HastPluginEntry, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { firstUnseen, surfaces, termPattern, type GlossaryTerm, type Surface } from '../lib/glossary-match.ts';
import { loadGlossary } from '../node/glossary-files.ts';
import { withBase } from '../lib/urls.ts';

export interface GlossaryOptions {
  glossaryDir: string;
  base: string;
}

const SKIP_TAGS = new Set([
  'a',
  'abbr',
  'dfn',
  'code',
  'pre',
  'figure',
  'svg',
  'button',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

export function mark(text: string, term: GlossaryTerm, isAbbr: boolean, href: string, n: number): Element {
  const tipId = `begrepp-${term.id}-${n}`;
  const label: ElementContent = { type: 'text', value: text };
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href, className: ['term__link'], ariaDescribedBy: [tipId] },
        children: [isAbbr ? { type: 'element', tagName: 'abbr', properties: {}, children: [label] } : label],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { id: tipId, role: 'tooltip', className: ['term__tip'], dataPagefindIgnore: '' },
        children: [
          {
            type: 'element',
            tagName: 'strong',
            properties: {},
            children: [{ type: 'text', value: term.term + (term.abbreviation ? ` (${term.abbreviation})` : '') }],
          },
          { type: 'text', value: ` – ${term.definition}` },
        ],
      },
    ],
  };
}

/** True when the text sits inside a link, code, a heading or another place a mark does not belong. */
function skipped(parent: Parents | undefined, ctx: HastVisitorContext): boolean {
  for (let p = parent; p && p.type !== 'root'; p = ctx.parent(p)) {
    if (p.type === 'element' && SKIP_TAGS.has(p.tagName)) return true;
  }
  return false;
}

export function glossaryPlugin(opts: GlossaryOptions): HastPluginEntry {
  let glossary: { terms: Map<string, GlossaryTerm>; list: Surface[]; pattern: RegExp; shortest: number } | undefined;
  const load = () => {
    if (glossary) return glossary;
    const terms = loadGlossary(opts.glossaryDir);
    const list = surfaces(terms);
    const shortest = Math.min(...list.map((s) => s.text.length));
    return (glossary = { terms: new Map(terms.map((t) => [t.id, t])), list, pattern: termPattern(list), shortest });
  };
  return ({ source }: PluginFactoryContext) => {
    const { terms, list, pattern, shortest } = load();
    pattern.lastIndex = 0;
    if (!list.length || !pattern.test(source)) return null; // no term anywhere on the page
    const seen = new Set<string>();
    // At most one mark per paragraph or list item keeps the text calm to read.
    const marked = new Set<unknown>();
    let n = 0;
    return {
      name: 'glossary',
      text(node, ctx) {
        if (node.value.length < shortest) return; // the line breaks between elements, mostly
        const parent = ctx.parent(node);
        if (!parent || marked.has(parent) || skipped(parent, ctx)) return;
        const hit = firstUnseen(node.value, pattern, list, seen);
        if (!hit) return;
        seen.add(hit.surface.id);
        marked.add(parent);
        const term = terms.get(hit.surface.id)!;
        const { value } = node;
        ctx.replaceNode(node, [
          { type: 'text', value: value.slice(0, hit.index) },
          mark(
            value.slice(hit.index, hit.index + hit.length),
            term,
            hit.surface.isAbbr,
            withBase(`/begrepp/#${term.id}`, opts.base),
            ++n,
          ),
          { type: 'text', value: value.slice(hit.index + hit.length) },
        ]);
      },
    };
  };
}
