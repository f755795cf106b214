// The steps of the process map, each with a page of its own.
import { processtegSchema } from '../schemas/process.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';
import { GENERAL, RESPONSIBILITY, SOURCES, quoted, sourcesAnchor } from './shared.ts';

const path = (id: string) => `/processkarta/${id}/`;

export const processkarta = defineContentType({
  name: 'processkarta',
  folder: 'processkarta/steg',
  extensions: ['yaml', 'yml'],
  schema: processtegSchema,
  id: sluggedPath,
  path,
  anchors: ({ id, data }, { pathOf }) => [
    // The map's card (MapStepCard) and the step texts (MapStepTexts) on /processkarta/.
    { path: '/processkarta/', ids: [id, 'stegen-i-text'] },
    ...sourcesAnchor(path(id), data.sources, data.general),
    // src/pages/samverkansmodeller/[id].astro lists the steps that use the model.
    ...data.models.map((m) => ({ path: pathOf('samverkansmodeller', m.id), ids: ['i-processen'] })),
  ],
  // Search ranking (src/lib/search/type-weights.ts): A step: the topic when its own title matches, after models and theme pages.
  search: { type: 'Processteg', weight: { title: 6 } },
  labels: { singular: 'steg', plural: 'steg', collection: 'steg i processkartan' },
  fields: {
    title: { help: 'Stegets namn.', example: ({ title }) => quoted(title) },
    phase: {
      help: 'Fasen steget hör till (filnamnet i content/processkarta/faser/ utan .yaml).',
      example: ({ ids }) => ids.phase,
    },
    responsibility: {
      ...RESPONSIBILITY,
      help: 'När underlaget lämnar öppet vem som ansvarar för steget (aktörerna deltar bara): framgar-inte eller oppen-fraga.',
    },
    order: {
      help: 'Stegets plats inom fasen (1, 2, 3 …). Två steg i samma fas kan inte ha samma plats.',
      example: ({ ids }) => String(ids.nextStepOrder),
    },
    actors: { help: 'Aktörerna som deltar i steget (minst en, id).', example: ({ ids }) => `\n  - ${ids.actors[0]}` },
    summary: {
      help: 'En mening om vad som händer (minst 10 tecken). Visas i processkartan.',
      example: '>-\n  Beskriv i en mening vad som händer i steget.',
      prose: true,
    },
    description: {
      help: 'Hela beskrivningen av steget (minst 20 tecken).',
      example: '>-\n  Beskriv vad som händer i steget, vem som gör vad och vad som är viktigt att tänka på.',
      prose: true,
    },
    models: { help: 'Samverkansmodeller (id i content/samverkansmodeller/) som gäller i steget.', example: '[]' },
    checklist: { help: 'Punkter i checklistan (id i content/checklista/) som hör till steget.', example: '[]' },
    links: { help: 'Länkar ur länksamlingen (id i content/lankar/).', example: '[]' },
    notes: {
      help: 'Frågor till gruppen: frågor som samtalsledaren kan ställa om steget i en workshop (visas bara i talarvyn och som anteckningar i PowerPoint-filen). Frågor, aldrig nya fakta. Valfritt.',
      example: '[]',
    },
    sources: SOURCES,
    general: GENERAL,
  },
});
