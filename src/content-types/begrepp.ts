// Glossary terms.
import { initialLetter } from '../lib/alphabet.ts';
import { begreppSchema } from '../schemas/begrepp.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';
import { GENERAL, SOURCES, quoted } from './shared.ts';

export const begrepp = defineContentType({
  name: 'begrepp',
  folder: 'begrepp',
  extensions: ['yaml', 'yml'],
  schema: begreppSchema,
  id: sluggedPath,
  path: (id) => `/begrepp/#${id}`,
  // src/pages/begrepp/index.astro: a heading per initial letter in use.
  anchors: ({ data }) => [{ path: '/begrepp/', ids: [`bokstav-${initialLetter(data.term)}`] }],
  // Search ranking (src/lib/search/type-weights.ts): The page for a term's definition, when no page above is about the term.
  search: { type: 'Begrepp', weight: { title: 6, defines: 5 } },
  labels: { singular: 'begrepp', plural: 'begrepp', collection: 'begrepp' },
  fields: {
    term: { help: 'Begreppet som det skrivs i löptext.', example: ({ title }) => quoted(title) },
    abbreviation: { help: 'Förkortning, om den finns:', example: 'SFI', commented: true },
    forms: {
      help: 'Böjningsformer och sammansättningar som också ska räknas som begreppet (för sökningen).',
      example: '[]',
    },
    synonyms: {
      help: 'Andra ord som folk söker med för begreppet: sökningen hittar samma sidor med dem (de markeras inte i texten).',
      example: '[]',
    },
    definition: {
      help: 'Förklaringen (minst 10 tecken).',
      example: '>-\n  Skriv en kort och begriplig förklaring av begreppet.',
      prose: true,
    },
    seeAlso: { help: 'Närliggande begrepp (id i content/begrepp/).', example: '[]' },
    sources: SOURCES,
    general: GENERAL,
  },
});
