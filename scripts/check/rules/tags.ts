// Tags come from a fixed list (src/schemas/tags.ts) so that filters and search stay tidy.
import type { Rule } from '../context.ts';
import { didYouMean } from '../suggest.ts';
import { TAG_IDS } from '../../../src/schemas/tags.ts';

const KNOWN = new Set<string>(TAG_IDS);

export const tags: Rule = {
  id: 'tags',
  run: (ctx) =>
    ctx.entries.flatMap((e) => {
      const list = e.raw?.tags;
      if (!Array.isArray(list)) return [];
      return list.flatMap((t, i) =>
        typeof t === 'string' && !KNOWN.has(t)
          ? [
              ctx.atField(
                'tags',
                e,
                ['tags', i],
                `okänd tagg "${t}" – tillåtna taggar: ${TAG_IDS.join(', ')}`,
                `välj en av de tillåtna taggarna${didYouMean(t, TAG_IDS)}; nya taggar läggs till i src/schemas/tags.ts av en utvecklare`,
              ),
            ]
          : [],
      );
    }),
};
