// The document register: the source documents the method support is built on.
import { DOCUMENT_TYPES, dokumentSchema } from '../schemas/dokument.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';
import { keysOf, quoted } from './shared.ts';

export const dokument = defineContentType({
  name: 'dokument',
  folder: 'dokument',
  extensions: ['yaml', 'yml', 'mdx'],
  schema: dokumentSchema,
  id: sluggedPath,
  path: (id) => `/dokument/${id}/`,
  // Search ranking (src/lib/search/type-weights.ts): Sources: found, but after the pages written from them.
  search: { type: 'Dokument', weight: { title: 4 } },
  labels: { singular: 'dokument', plural: 'dokument', collection: 'dokument' },
  fields: {
    type: { help: `Typ av dokument, en av: ${keysOf(DOCUMENT_TYPES)}`, example: 'forslag' },
    title: { help: 'Dokumentets titel.', example: ({ title }) => quoted(title) },
    date: {
      help: 'Datum så exakt som dokumentet anger: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD (inom citattecken).',
      example: ({ today }) => quoted(today.slice(0, 4)),
    },
    issuer: { help: 'Vem som har gett ut dokumentet.', example: 'Socialförvaltningen, Stockholms stad' },
    recipient: { help: 'Mottagare, om den finns:', example: 'Socialnämnden', commented: true },
    dnr: { help: 'Diarienummer, om det finns:', example: '1.2.3-456/2020', commented: true },
    summary: {
      help: 'Vad dokumentet handlar om (minst 20 tecken).',
      example: '>-\n  Sammanfatta dokumentets innehåll och varför metodstödet bygger på det.',
      prose: true,
    },
  },
});
