// Links without text say nothing to a screen reader; links without an address go nowhere.
import type { Rule } from '../context.ts';
import { links } from '../body.ts';

export const emptyLinks: Rule = {
  id: 'empty-links',
  run: (ctx) =>
    ctx.entries.flatMap((e) =>
      (e.tree ? links(e.tree) : []).flatMap((l) => {
        if (!l.url.trim())
          return [
            ctx.atNode(
              'empty-links',
              e,
              l.node,
              'länk',
              `länken "${l.text}" saknar adress`,
              'skriv adressen inom parentesen: [text](/sidans-adress/)',
            ),
          ];
        if (!l.text)
          return [
            ctx.atNode(
              'empty-links',
              e,
              l.node,
              'länk',
              `länken till "${l.url}" saknar text`,
              'skriv en text mellan [ och ] som säger vart länken leder',
            ),
          ];
        return [];
      }),
    ),
};
