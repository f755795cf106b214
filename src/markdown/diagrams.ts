// Renders ```mermaid fences to inline SVG at build time (no Mermaid JS in the
// browser), through the diagram store (cache, Chromium, markers in a build).
import { fileURLToPath } from 'node:url';
import { htmlToHast, type HastNode, type HastPluginEntry, type PluginFactoryContext } from 'satteri';
import { diagramLabels } from '../lib/diagram-text.ts';
import { escapeHtml } from '../lib/html.ts';
import type { DiagramStore } from './diagram-store.ts';

/** The figure that replaces the fence: SVG (or its marker) plus an indexed text alternative. */
export function figureHtml(svg: string, source: string): string {
  const labels = diagramLabels(source);
  const text = labels.length
    ? `<p class="visually-hidden diagram__text">${escapeHtml(`Diagrammets innehåll: ${labels.join('; ')}.`)}</p>`
    : '';
  return `<figure class="diagram" data-diagram=""><div class="diagram__svg">${svg}</div>${text}</figure>`;
}

/** Frontmatter the page reads back (render()'s remarkPluginFrontmatter.hasDiagram) to load the zoom widget only then. */
export function markHasDiagram(data: { astro?: { frontmatter?: Record<string, unknown> } }) {
  const astro = (data.astro ??= {});
  (astro.frontmatter ??= {}).hasDiagram = true;
}

/**
 * MDX compiles to JSX, which has no raw HTML, so it gets the parsed tree. The
 * root's xmlns is dropped: HTML needs none, and as JSX it came out as ":xmlns".
 */
function mdxFigure(html: string): HastNode {
  const tree = htmlToHast(html.replace(/(<svg\b[^>]*?) xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '$1'), {
    fragment: true,
  });
  return (tree as { children: HastNode[] }).children[0];
}

export function diagramsPlugin(store: DiagramStore): HastPluginEntry {
  return ({ source }: PluginFactoryContext) =>
    source.includes('mermaid') && {
      name: 'mermaid-diagrams',
      element: {
        filter: ['pre'],
        async visit(node, ctx) {
          const code = node.children[0];
          const cls = code?.type === 'element' && code.tagName === 'code' ? code.properties?.className : undefined;
          if (!Array.isArray(cls) || !cls.includes('language-mermaid')) return;
          const diagram = ctx.textContent(code);
          const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'okänd fil';
          markHasDiagram(ctx.data);
          if (ctx.sourceFormat === 'mdx') return mdxFigure(figureHtml(await store.svg(diagram, file), diagram));
          const svg = store.deferring ? store.defer(diagram, file) : await store.svg(diagram, file);
          return { type: 'raw', value: figureHtml(svg, diagram) };
        },
      },
    };
}
