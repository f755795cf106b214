// Collaboration models between Intro Stockholm and the district administrations.
import { samverkansmodellSchema } from '../schemas/samverkansmodell.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';
import { GOVERNANCE, PAGE_TEXT_HELP, pageBody, quoted, sourcesAnchor, statusField } from './shared.ts';

const path = (id: string) => `/samverkansmodeller/${id}/`;

export const samverkansmodeller = defineContentType({
  name: 'samverkansmodeller',
  folder: 'samverkansmodeller',
  extensions: ['mdx'],
  schema: samverkansmodellSchema,
  id: sluggedPath,
  path,
  // src/pages/samverkansmodeller/[id].astro: "Steg för steg" always (#i-processen comes from the steps).
  anchors: ({ id, data }) => [{ path: path(id), ids: ['steg'] }, ...sourcesAnchor(path(id), data.sources)],
  // Search ranking (src/lib/search/type-weights.ts): What the site is for: the models and the theme pages.
  search: { type: 'Samverkansmodell', weight: { title: 12 } },
  labels: { singular: 'samverkansmodell', plural: 'samverkansmodeller', collection: 'samverkansmodeller' },
  fields: {
    title: { help: 'Modellens namn.', example: ({ title }) => quoted(title) },
    summary: {
      help: 'En eller två meningar om vad modellen gäller (minst 20 tecken). Visas i listor och sökresultat.',
      example: '>-\n  Skriv en kort sammanfattning av vad samverkansmodellen gäller och vilka som samverkar.',
      prose: true,
    },
    status: statusField('Nya modeller'),
    adopted: {
      help: 'Datum då modellen beslutades (ÅÅÅÅ-MM-DD), om den är beslutad:',
      example: '2026-01-01',
      commented: true,
    },
    parties: {
      help: 'Parterna som samverkar: minst två aktörer (id).',
      example: ({ ids }) => `\n  - ${ids.actors[0]}\n  - ${ids.actors[1]}`,
    },
    trigger: {
      help: 'När modellen gäller: vad som gör att ärendet lämnas över (minst 10 tecken).',
      example: '>-\n  Beskriv vilken situation som gör att modellen ska användas.',
      prose: true,
    },
    steps: {
      prose: ['title', 'description', 'handover'],
      help: 'Stegen i ordning. Varje steg har en titel, en ansvarig aktör och en beskrivning;\nhandover (vad som lämnas över till nästa part) är frivilligt.',
      example: ({ ids }) =>
        `\n  - title: Första steget\n    responsible: ${ids.actors[0]}\n    description: >-\n      Beskriv vad som händer i steget och vem som gör det.`,
    },
    childRights: {
      help: 'Rekommendationer för barnets rättigheter i modellen, en per rad (frivilligt).',
      prose: true,
      example: '[]',
    },
    followUp: {
      help: 'Hur modellen följs upp, om det är känt:',
      example: 'Beskriv uppföljningen.',
      commented: true,
      prose: true,
    },
    ...GOVERNANCE,
  },
  body: pageBody,
  bodyHelp: `${PAGE_TEXT_HELP}
Ett diagram ritas med Mermaid. accTitle och accDescr krävs (de läses upp av skärmläsare):
  \`\`\`mermaid
  sequenceDiagram
      accTitle: Kort titel på diagrammet
      accDescr: En eller två meningar om vad diagrammet visar.
      participant A as Första parten
      participant B as Andra parten
      A->>B: Aktualiserar ärendet
  \`\`\``,
});
