// Renders ```mermaid fences to inline SVG at build time (no Mermaid JS in the
// browser). Each diagram is cached on disk by the hash of its source and the
// Mermaid version, so an unchanged diagram costs nothing on the next build.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { diagramLabels } from '../lib/diagram-text.ts';

export interface RehypeMermaidOptions {
  cacheDir: string;
  /** Part of the cache key: a new Mermaid version renders again. */
  version: string;
  /** Renders diagram sources; rejected results carry Mermaid's parse error. */
  render: (sources: string[], prefixes: string[]) => Promise<PromiseSettledResult<{ svg: string }>[]>;
}

export const diagramHash = (source: string, version: string) =>
  createHash('sha256').update(`${version}\n${source.trim()}`).digest('hex').slice(0, 16);

function isMermaidPre(node: Element): boolean {
  const code = node.children[0];
  if (node.tagName !== 'pre' || !code || code.type !== 'element' || code.tagName !== 'code') return false;
  const cls = code.properties?.className;
  return Array.isArray(cls) && cls.includes('language-mermaid');
}

/** The figure that replaces the fence: SVG plus an indexed text alternative. */
function figure(svg: string, source: string): Element {
  const labels = diagramLabels(source);
  const children: ElementContent[] = [
    { type: 'element', tagName: 'div', properties: { className: ['diagram__svg'] }, children: fromHtml(svg, { fragment: true }).children as ElementContent[] },
  ];
  if (labels.length) {
    children.push({
      type: 'element',
      tagName: 'p',
      properties: { className: ['visually-hidden', 'diagram__text'] },
      children: [{ type: 'text', value: `Diagrammets innehåll: ${labels.join('; ')}.` }],
    });
  }
  return { type: 'element', tagName: 'figure', properties: { className: ['diagram'], dataDiagram: '' }, children };
}

interface MarkdownFile { path?: string; data?: { astro?: { frontmatter?: Record<string, unknown> } } }

/**
 * Tells the page (render()'s remarkPluginFrontmatter.hasDiagram) that its body
 * has a diagram, so it loads the zoom widget only then.
 */
export function markHasDiagram(file: MarkdownFile) {
  const astro = ((file.data ??= {}).astro ??= {});
  (astro.frontmatter ??= {}).hasDiagram = true;
}

export function rehypeMermaid(opts: RehypeMermaidOptions) {
  return async (tree: Root, file: MarkdownFile) => {
    const found: { node: Element; source: string; hash: string }[] = [];
    visit(tree, 'element', (node: Element) => {
      if (!isMermaidPre(node)) return;
      const source = toText(node, { whitespace: 'pre' });
      found.push({ node, source, hash: diagramHash(source, opts.version) });
    });
    if (!found.length) return;
    markHasDiagram(file);

    mkdirSync(opts.cacheDir, { recursive: true });
    const cached = (h: string) => path.join(opts.cacheDir, `${h}.svg`);
    const pending = found.filter((d) => !existsSync(cached(d.hash)));
    if (pending.length) {
      const results = await opts.render(pending.map((d) => d.source), pending.map((d) => `mmd-${d.hash}`));
      const errors: string[] = [];
      results.forEach((r, i) => {
        if (r.status === 'fulfilled') writeFileSync(cached(pending[i].hash), r.value.svg);
        else errors.push(`  Diagram ${found.indexOf(pending[i]) + 1}: ${(r.reason as Error)?.message ?? r.reason}`);
      });
      if (errors.length) {
        throw new Error(`Ogiltigt Mermaid-diagram i ${file.path ?? 'okänd fil'}:\n${errors.join('\n')}\nRätta diagrammets syntax (se CONTRIBUTING.md, "Diagram").`);
      }
    }
    for (const d of found) Object.assign(d.node, figure(readFileSync(cached(d.hash), 'utf8'), d.source));
  };
}
