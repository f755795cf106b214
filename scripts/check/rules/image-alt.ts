// Every image needs a text alternative (WCAG 1.1.1).
import type { Rule } from '../context.ts';
import { images } from '../body.ts';

export const imageAlt: Rule = {
  id: 'image-alt',
  run: (ctx) =>
    ctx.entries.flatMap((e) =>
      (e.tree ? images(e.tree) : [])
        .filter((i) => !i.alt?.trim())
        .map((i) =>
          ctx.atNode(
            'image-alt',
            e,
            i.node,
            'bild',
            'bilden saknar alternativtext',
            'beskriv bilden mellan hakparenteserna: ![Vad bilden visar](bild.png)',
          ),
        ),
    ),
};
