// A review date in the future is a typo; it would also hide the page from the review list.
import type { Rule } from '../context.ts';
import { isoDay } from '../../../src/lib/review.ts';

export const reviewDate: Rule = {
  id: 'review-date',
  defers: true,
  run: (ctx) =>
    ctx.entries.flatMap((e) => {
      const v = e.raw?.reviewed;
      const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : undefined;
      if (!d || Number.isNaN(d.getTime()) || d.getTime() <= ctx.today.getTime()) return [];
      return [
        ctx.atField(
          'review-date',
          e,
          ['reviewed'],
          `granskningsdatumet ${isoDay(d)} ligger i framtiden (i dag är det ${isoDay(ctx.today)})`,
          'ange det datum då innehållet faktiskt granskades, senast i dag',
        ),
      ];
    }),
};
