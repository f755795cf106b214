// The language guide (content/sprak/): an avoid-list editors keep as content.
// No page of its own: /granskning/ shows it, next to the language notes.
import { sprakSchema } from '../schemas/sprak.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';

export const sprak = defineContentType({
  name: 'sprak',
  folder: 'sprak',
  extensions: ['yaml', 'yml'],
  schema: sprakSchema,
  id: sluggedPath,
  path: () => '/granskning/#sprak',
  labels: { singular: 'språkregel', plural: 'språkregler', collection: 'språkguiden' },
  fields: {
    undvik: {
      help: 'Ord att undvika i texterna: ord (som det skrivs, gemener), istallet (vad man skriver i stället) och varfor (skälet, i en mening). npm run check varnar när ordet används.',
      example:
        '\n  - ord: feedback\n    istallet: återkoppling\n    varfor: Det finns ett vanligt svenskt ord som alla förstår.',
    },
    godkanda: {
      help: 'Ord som är rätt stavade fast ordlistan saknar dem (namn, fackord). Begrepp, aktörer och titlar räknas redan.',
      example: '[]',
    },
  },
});
