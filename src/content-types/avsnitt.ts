// Section intros: the text and governance at the top of a section's index
// page (content/avsnitt/aktorer.mdx → /aktorer/; start.mdx → the home page).
import { sidaSchema } from '../schemas/sida.ts';
import { defineContentType } from './define.ts';
import { sluggedPath } from './id.ts';
import { PAGE_TEXT_HELP, pageBody, pageFields, sourcesAnchor } from './shared.ts';

const path = (id: string) => (id === 'start' ? '/' : `/${id}/`);

export const avsnitt = defineContentType({
  name: 'avsnitt',
  folder: 'avsnitt',
  extensions: ['mdx'],
  schema: sidaSchema,
  id: sluggedPath,
  path,
  anchors: ({ id, data }) => sourcesAnchor(path(id), data.sources),
  labels: { singular: 'avsnitt', plural: 'avsnitt', collection: 'avsnitt' },
  fields: pageFields(
    'Avsnittets titel. Texten visas överst på avsnittets sida; filnamnet är avsnittets adress.',
    'Nya avsnitt',
  ),
  body: pageBody,
  bodyHelp: PAGE_TEXT_HELP,
});
