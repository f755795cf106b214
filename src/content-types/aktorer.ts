// Actors: the organisations and units that take part in the process.
import { ACTOR_KINDS, aktorSchema } from '../schemas/aktor.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';
import { GENERAL, SOURCES, keysOf, quoted, sourcesAnchor } from './shared.ts';

export const aktorer = defineContentType({
  name: 'aktorer',
  folder: 'aktorer',
  extensions: ['yaml', 'yml'],
  schema: aktorSchema,
  id: sluggedPath,
  path: (id) => `/aktorer/${id}/`,
  // src/pages/aktorer/index.astro: one section per kind that has actors.
  anchors: ({ id, data }) => [
    { path: '/aktorer/', ids: [`typ-${data.kind}`] },
    ...sourcesAnchor(`/aktorer/${id}/`, data.sources, data.general),
  ],
  // Search ranking (src/lib/search/type-weights.ts): A card: the topic when its own title matches, after models and theme pages.
  search: { type: 'Aktör', weight: { title: 8 } },
  labels: { singular: 'aktör', plural: 'aktörer', collection: 'aktörer' },
  fields: {
    name: { help: 'Namnet som det skrivs i löptext.', example: ({ title }) => quoted(title) },
    shortName: { help: 'Förkortning, om aktören har en (tas annars bort):', example: 'SDF', commented: true },
    kind: { help: `Typ av aktör, en av: ${keysOf(ACTOR_KINDS)}`, example: 'stadens-enhet' },
    parent: {
      help: 'Organisationen som enheten hör till (id för en annan aktör), om någon:',
      example: 'socialforvaltningen',
      commented: true,
    },
    role: {
      help: 'Vad aktören gör i mottagandet av kvotflyktingar (minst 20 tecken).',
      example: '>-\n  Beskriv vad aktören gör i mottagandet av kvotflyktingar och vem man kontaktar där.',
      prose: true,
    },
    website: {
      help: 'Webbplats (börjar med https://), om den finns:',
      example: 'https://start.stockholm/',
      commented: true,
    },
    contact: {
      help: 'Enhetens funktionsbrevlåda för rapporter om fel på sidor som enheten äger (aldrig en persons adress):',
      example: 'enhet@example.se',
      commented: true,
    },
    sources: SOURCES,
    general: GENERAL,
  },
});
