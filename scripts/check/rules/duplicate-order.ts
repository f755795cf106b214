// Two steps of one phase (or two phases) with the same order: the map's order
// would be left to chance. The decision is src/lib/duplicate-order.ts, which
// the build's integrity step uses too.
import path from 'node:path';
import { clashFix, clashMessage, duplicateOrders } from '../../../src/lib/duplicate-order.ts';
import type { Rule } from '../context.ts';
import type { Entry } from '../load.ts';

export const duplicateOrder: Rule = {
  id: 'duplicate-order',
  run: (ctx) => {
    const byFile = new Map(ctx.entries.map((e) => [e.file, e]));
    const rel = (file: string) => path.relative(ctx.contentDir, file).split(path.sep).join('/');
    return duplicateOrders(
      ctx.entries.map((e) => ({ collection: e.collection.name, id: e.id, file: e.file, data: e.raw })),
    ).map((c) =>
      ctx.atField(
        'duplicate-order',
        byFile.get(c.entry.file) as Entry,
        ['order'],
        clashMessage(c, rel(c.first.file)),
        clashFix(c),
      ),
    );
  },
};
