// Free-standing pages at /<id>/. Plain .md skips the MDX compiler (no JS
// module per page), which saves build time and memory at thousands of pages.
import { sidaSchema } from '../schemas/sida.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';
import { PAGE_TEXT_HELP, pageBody, pageFields, sourcesAnchor } from './shared.ts';

const path = (id: string) => `/${id}/`;

export const sidor = defineContentType({
  name: 'sidor',
  folder: 'sidor',
  extensions: ['mdx', 'md'],
  schema: sidaSchema,
  id: sluggedPath,
  path,
  anchors: ({ id, data }) => sourcesAnchor(path(id), data.sources, data.general),
  // Search ranking (src/lib/search/type-weights.ts): What the site is for: the theme pages and the models.
  search: { type: 'Sida', weight: { title: 12 } },
  labels: { singular: 'sida', plural: 'sidor', collection: 'sidor' },
  fields: pageFields('Sidans titel (blir rubrik nivå 1). Sidans adress är filnamnet: /filnamn/.', 'Nya sidor'),
  body: pageBody,
  bodyHelp: PAGE_TEXT_HELP,
});
