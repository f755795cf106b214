// Checklist items (översikt) for settlement and establishment.
import { CHECKLIST_AREAS, checklistpunktSchema } from '../schemas/checklista.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';
import { GENERAL, RESPONSIBILITY, SOURCES, keysOf, quoted } from './shared.ts';

export const checklista = defineContentType({
  name: 'checklista',
  folder: 'checklista',
  extensions: ['yaml', 'yml'],
  schema: checklistpunktSchema,
  id: sluggedPath,
  path: (id) => `/checklista/#${id}`,
  // src/pages/checklista/index.astro (a section per area in use) and ChecklistItem.astro.
  anchors: ({ id, data }) => [{ path: '/checklista/', ids: [`omrade-${data.area}`, `bock-${id}`, `rubrik-${id}`] }],
  // Search ranking (src/lib/search/type-weights.ts): One page of many items: an item's heading counts as a title.
  search: { type: 'Checklista', weight: { title: 6, headings: 6 } },
  labels: { singular: 'punkt i checklistan', plural: 'punkter i checklistan', collection: 'checklistan' },
  fields: {
    title: { help: 'Punktens rubrik.', example: ({ title }) => quoted(title) },
    area: { help: `Område, ett av: ${keysOf(CHECKLIST_AREAS)}`, example: Object.keys(CHECKLIST_AREAS)[0] },
    order: { help: 'Ordning inom området (lägre först).', example: '100' },
    responsible: { help: 'Aktören som ansvarar för punkten (id).', example: ({ ids }) => ids.actors[0] },
    responsibility: RESPONSIBILITY,
    phase: { help: 'Fasen i processkartan där punkten hör hemma (id).', example: ({ ids }) => ids.phase },
    timing: { help: 'När i fasen, om underlaget säger det:', example: 'första veckan', commented: true },
    why: {
      help: 'Varför punkten är viktig (minst 10 tecken).',
      example: '>-\n  Beskriv varför punkten är viktig och vad som händer om den glöms bort.',
      prose: true,
    },
    links: { help: 'Länkar ur länksamlingen (id i content/lankar/).', example: '[]' },
    sources: SOURCES,
    general: GENERAL,
  },
});
