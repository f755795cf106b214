// The link collection (länksamling).
import { AUDIENCES, LINK_CATEGORIES, lankSchema } from '../schemas/lank.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';
import { GENERAL, SOURCES, keysOf, quoted } from './shared.ts';

export const lankar = defineContentType({
  name: 'lankar',
  folder: 'lankar',
  extensions: ['yaml', 'yml'],
  schema: lankSchema,
  id: sluggedPath,
  path: (id) => `/lankar/#${id}`,
  // src/pages/lankar/index.astro: a section per category in use.
  anchors: ({ data }) => [{ path: '/lankar/', ids: [`kategori-${data.category}`] }],
  // Search ranking (src/lib/search/type-weights.ts): Links out: found, but after the pages of the site.
  search: { type: 'Länksamling', weight: { title: 4 } },
  labels: { singular: 'länk', plural: 'länkar', collection: 'länksamlingen' },
  fields: {
    title: { help: 'Länkens rubrik.', example: ({ title }) => quoted(title) },
    url: { help: 'Hela webbadressen, med https:// först.', example: 'https://www.example.se/' },
    publisher: {
      help: 'Utgivaren: antingen en aktör (publisher: id) eller ett namn (publisherName), inte båda.',
      example: 'migrationsverket',
      commented: true,
    },
    publisherName: { help: 'Utgivarens namn, när utgivaren inte är en aktör.', example: 'Skriv utgivarens namn' },
    category: { help: `Kategori, en av: ${keysOf(LINK_CATEGORIES)}`, example: 'kunskap' },
    audience: { help: `För vem, en eller flera av: ${keysOf(AUDIENCES)}`, example: '[medarbetare]' },
    languages: { help: 'Språk som resursen finns på (språkkoder som sv, en, ar).', example: '[sv]' },
    description: {
      help: 'Vad man hittar där (minst 10 tecken).',
      example: '>-\n  Beskriv vad läsaren hittar på den länkade sidan.',
      prose: true,
    },
    lastChecked: {
      help: 'Datum då någon senast kontrollerade att länken fungerar.',
      example: ({ today }) => today,
    },
    sources: SOURCES,
    general: GENERAL,
  },
});
