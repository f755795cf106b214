// Unsafe content in MDX/Markdown bodies, found once per entry and shared by
// the rules that report each kind (raw-html, unsafe-urls, external-resources,
// mdx-code, components). The decisions live in src/lib/unsafe-content.ts, which
// the build's Markdown plugin uses too.
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { nodeRisks, type Unsafe, type UnsafeKind } from '../../src/lib/unsafe-content.ts';
import { urlRisk } from '../../src/lib/unsafe-urls.ts';
import type { CheckContext, Rule } from './context.ts';
import type { Entry } from './load.ts';
import type { Problem } from './problem.ts';

export interface Found {
  node: Nodes;
  risk: Unsafe;
}

const cache = new WeakMap<Root, Found[]>();

/** Every risk in a body, with its node; ![alt][ref] is checked against its definition's address. */
export function bodyRisks(tree: Root): Found[] {
  const cached = cache.get(tree);
  if (cached) return cached;
  const found: Found[] = [];
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d) => {
    definitions.set(d.identifier.toLowerCase(), d.url);
  });
  visit(tree, (node: Nodes) => {
    for (const risk of nodeRisks(node)) found.push({ node, risk });
    if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier.toLowerCase());
      const risk = url === undefined ? undefined : urlRisk(url, 'resource');
      if (risk) found.push({ node, risk: { ...risk, what: 'bild' } });
    }
  });
  cache.set(tree, found);
  return found;
}

/** A rule reporting one kind of risk in every body. */
export const unsafeRule = (
  id: string,
  kinds: readonly UnsafeKind[],
  extra?: (ctx: CheckContext) => Problem[],
): Rule => ({
  id,
  run: (ctx) => [
    ...ctx.entries.flatMap((e: Entry) =>
      (e.tree ? bodyRisks(e.tree) : [])
        .filter((f) => kinds.includes(f.risk.kind))
        .map((f) => ctx.atNode(id, e, f.node, f.risk.what, f.risk.message, f.risk.fix)),
    ),
    ...(extra?.(ctx) ?? []),
  ],
});
