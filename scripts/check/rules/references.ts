// References to actors, documents, models, steps, phases, links or terms that do not exist.
import type { Rule } from '../context.ts';
import { contentType } from '../../../src/content-types/index.ts';
import { didYouMean } from '../suggest.ts';
import { danglingRef } from '../validate.ts';

export const references: Rule = {
  id: 'references',
  run: (ctx) =>
    ctx.entries.flatMap((e) =>
      (ctx.validation(e)?.issues ?? []).flatMap((issue) => {
        const ref = danglingRef(issue);
        if (!ref) return [];
        const def = contentType(ref.collection)!;
        const ids = ctx.inCollection(ref.collection).map((x) => x.id);
        return [
          ctx.atField(
            'references',
            e,
            issue.path,
            `"${ref.id}" finns inte bland ${def.labels.collection}`,
            `rätta id:t${didYouMean(ref.id, ids)} eller skapa content/${def.folder}/${ref.id}.${def.extensions[0]}; id:t är filnamnet utan filändelse`,
          ),
        ];
      }),
    ),
};
