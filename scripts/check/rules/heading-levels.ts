// Headings form the page outline for screen readers: the title is the only
// level 1, the text starts at ## and never skips a level on the way down.
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

const hashes = (n: number) => '#'.repeat(n);

export const headingLevels: Rule = {
  id: 'heading-levels',
  run: (ctx) =>
    ctx.entries.flatMap((e) => {
      if (!e.tree) return [];
      const out: Problem[] = [];
      let prev = 1;
      visit(e.tree, 'heading', (h: Heading) => {
        const text = toString(h).trim();
        const at = (message: string, fix: string) =>
          out.push(ctx.atNode('heading-levels', e, h, 'rubrik', message, fix));
        if (!text) at('rubriken är tom', 'skriv rubrikens text efter #-tecknen eller ta bort raden');
        if (h.depth === 1)
          at(
            `"${text}" är en rubrik på nivå 1 (#), men sidans titel är redan nivå 1`,
            'använd ## för huvudrubrikerna i texten',
          );
        else if (h.depth > prev + 1)
          at(
            `"${text}" hoppar från nivå ${prev} till nivå ${h.depth}`,
            `använd ${hashes(prev + 1)} (nivå ${prev + 1}) här`,
          );
        prev = h.depth;
      });
      return out;
    }),
};
