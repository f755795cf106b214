// Diagrams are drawn at build time; one that Mermaid cannot parse stops the build.
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Rule } from '../context.ts';
import { parseMermaid } from '../mermaid.ts';

export const mermaidSyntax: Rule = {
  id: 'mermaid-syntax',
  async run(ctx) {
    const found = ctx.entries.flatMap((e) => {
      const codes: Code[] = [];
      if (e.tree) visit(e.tree, 'code', (c: Code) => void (c.lang === 'mermaid' && codes.push(c)));
      return codes.map((code, i) => ({ e, code, n: i + 1 }));
    });
    const out = [];
    for (const { e, code, n } of found) {
      const r = await parseMermaid(code.value);
      if (r.ok) continue;
      const problem = ctx.atNode('mermaid-syntax', e, code, `diagram ${n}`, '', '');
      problem.line += r.line; // the fence is the line before the diagram's first line
      const src = code.value.split('\n')[r.line - 1]?.trim() ?? '';
      if (r.unknownType) {
        out.push({
          ...problem,
          message: `okänd diagramtyp på rad 1 i diagrammet ("${src}")`,
          fix: 'börja diagrammet med en typ, till exempel flowchart TD eller sequenceDiagram',
        });
      } else {
        out.push({
          ...problem,
          message: `ogiltigt diagram: rad ${r.line} i diagrammet ("${src}") går inte att tolka`,
          fix: `rätta syntaxen på den raden (Mermaid: ${r.detail})`,
        });
      }
    }
    return out;
  },
};
