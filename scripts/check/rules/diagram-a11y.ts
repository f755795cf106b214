// Each diagram needs accTitle and accDescr: they become the SVG's accessible
// name and description, the only way a screen reader user learns what it shows.
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

export const diagramA11y: Rule = {
  id: 'diagram-a11y',
  run: (ctx) =>
    ctx.entries.flatMap((e) => {
      const out: Problem[] = [];
      let n = 0;
      if (e.tree) {
        visit(e.tree, 'code', (c: Code) => {
          if (c.lang !== 'mermaid') return;
          n += 1;
          if (!/^\s*accTitle\s*:\s*\S/m.test(c.value))
            out.push(
              ctx.atNode(
                'diagram-a11y',
                e,
                c,
                `diagram ${n}`,
                'diagrammet saknar accTitle (en kort titel för skärmläsare)',
                'lägg till raden "accTitle: …" direkt efter diagramtypen',
              ),
            );
          if (!/^\s*accDescr\s*(:\s*\S|\{)/m.test(c.value))
            out.push(
              ctx.atNode(
                'diagram-a11y',
                e,
                c,
                `diagram ${n}`,
                'diagrammet saknar accDescr (en beskrivning av vad diagrammet visar)',
                'lägg till raden "accDescr: …" efter accTitle, med en eller två meningar om vad diagrammet visar',
              ),
            );
        });
      }
      return out;
    }),
};
