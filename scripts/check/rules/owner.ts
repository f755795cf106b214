// The owner of a page is a unit of the city (an actor of kind stadens-enhet), never another body.
import type { Rule } from '../context.ts';

const KIND = 'stadens-enhet';

export const owner: Rule = {
  id: 'owner',
  run: (ctx) => {
    const units = ctx
      .inCollection('aktorer')
      .filter((a) => a.raw?.kind === KIND)
      .map((a) => a.id);
    return ctx.entries.flatMap((e) => {
      const id = e.raw?.owner;
      if (typeof id !== 'string') return [];
      const actor = ctx.find('aktorer', id);
      if (!actor || actor.raw?.kind === KIND) return []; // a missing actor is the references rule's
      return [
        ctx.atField(
          'owner',
          e,
          ['owner'],
          `"${id}" är inte en enhet i Stockholms stad (kind: ${String(actor.raw?.kind)}); ägaren ska vara en av stadens enheter`,
          `ange en aktör med kind: ${KIND}, till exempel ${units.slice(0, 3).join(', ') || 'avdelningen-for-mottagande-av-nyanlanda'}`,
        ),
      ];
    });
  },
};
