// Refuses content that must never ship (scripts, event handlers, embeds,
// javascript:/data: addresses, images from other hosts, MDX code, components
// the site does not provide): the same decisions as `npm run check`
// (src/lib/unsafe-content.ts), so nothing reaches a reader even when the check
// is skipped. Throws with the file, line and reason; the build stops.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { nodeRisks, type NodeLike, type Unsafe } from '../lib/unsafe-content.ts';

/** Pages with none of these characters have no node the rules look at. */
const CANDIDATES = /[<{:]|^\s*(import|export)\b/m;

export class UnsafeContentError extends Error {}

export function describeUnsafe(file: string, line: number | undefined, risks: readonly Unsafe[]): string {
  const at = `${path.relative(process.cwd(), file).split(path.sep).join('/')}${line ? `:${line}` : ''}`;
  return `Innehåll som inte får publiceras:\n${risks.map((r) => `${at}  ${r.what}  ${r.message}  →  ${r.fix}`).join('\n')}`;
}

function refuse(node: Readonly<NodeLike & { position?: { start: { line: number } } }>, ctx: MdastVisitorContext) {
  const risks = nodeRisks(node);
  if (!risks.length) return;
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(okänd fil)';
  throw new UnsafeContentError(describeUnsafe(file, node.position?.start.line, risks));
}

export function safeContentPlugin(): MdastPluginEntry {
  return ({ source }: PluginFactoryContext) =>
    CANDIDATES.test(source) && {
      name: 'safe-content',
      options: { position: true },
      html: refuse,
      mdxJsxFlowElement: refuse,
      mdxJsxTextElement: refuse,
      image: refuse,
      link: refuse,
      definition: refuse,
      mdxjsEsm: refuse,
      mdxFlowExpression: refuse,
      mdxTextExpression: refuse,
    };
}
