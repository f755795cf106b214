// The phases of the process map (columns of the map).
import { fasSchema } from '../schemas/process.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';
import { quoted } from './shared.ts';

export const faser = defineContentType({
  name: 'faser',
  folder: 'processkarta/faser',
  extensions: ['yaml', 'yml'],
  schema: fasSchema,
  id: sluggedPath,
  // src/components/ProcessMap.astro: <li id="fas-<id>"> on the map.
  path: (id) => `/processkarta/#fas-${id}`,
  labels: { singular: 'fas', plural: 'faser', collection: 'faser i processkartan' },
  fields: {
    title: { help: 'Fasens namn i processkartan.', example: ({ title }) => quoted(title) },
    order: {
      help: 'Fasens plats i ordningen (1, 2, 3 …). Ändra till rätt plats och flytta andra faser vid behov.',
      example: ({ ids }) => String(ids.nextPhaseOrder),
    },
    summary: {
      help: 'En mening om vad som händer i fasen (minst 10 tecken).',
      example: '>-\n  Beskriv vad som händer i den här fasen av mottagandet.',
    },
    notes: {
      help: 'Frågor till gruppen: frågor som samtalsledaren kan ställa i en workshop (visas bara i talarvyn och som anteckningar i PowerPoint-filen). Frågor, aldrig nya fakta. Valfritt.',
      example: '[]',
    },
  },
});
