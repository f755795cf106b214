// Content collections: one folder per content type under the top-level content/.
// Schemas live in src/schemas/ (one module per concept).
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { aktorSchema } from './schemas/aktor.ts';
import { begreppSchema } from './schemas/begrepp.ts';
import { checklistpunktSchema } from './schemas/checklista.ts';
import { dokumentSchema } from './schemas/dokument.ts';
import { lankSchema } from './schemas/lank.ts';
import { fasSchema, processtegSchema } from './schemas/process.ts';
import { samverkansmodellSchema } from './schemas/samverkansmodell.ts';
import { sidaSchema } from './schemas/sida.ts';

// CONTENT_DIR: another content folder built by the same code (the tests' fixture site).
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

// retainBody: false keeps the raw source out of Astro's data store (nothing
// reads entry.body): half the store, which the build parses as one big module.
const from = (folder: string, pattern = '**/*.{yaml,yml}') =>
  glob({ pattern, base: `${CONTENT_DIR}/${folder}`, retainBody: false });

export const collections = {
  aktorer: defineCollection({ loader: from('aktorer'), schema: aktorSchema(reference) }),
  samverkansmodeller: defineCollection({
    loader: from('samverkansmodeller', '**/*.mdx'),
    schema: samverkansmodellSchema(reference),
  }),
  faser: defineCollection({ loader: from('processkarta/faser'), schema: fasSchema() }),
  processkarta: defineCollection({ loader: from('processkarta/steg'), schema: processtegSchema(reference) }),
  checklista: defineCollection({ loader: from('checklista'), schema: checklistpunktSchema(reference) }),
  lankar: defineCollection({ loader: from('lankar'), schema: lankSchema(reference) }),
  begrepp: defineCollection({ loader: from('begrepp'), schema: begreppSchema(reference) }),
  dokument: defineCollection({ loader: from('dokument', '**/*.{yaml,yml,mdx}'), schema: dokumentSchema() }),
  // Plain .md pages skip the MDX compiler (no JS module per page), which costs
  // build time and memory at thousands of pages (README, Prestanda). MDX only for components.
  sidor: defineCollection({ loader: from('sidor', '**/*.{md,mdx}'), schema: sidaSchema(reference) }),
  avsnitt: defineCollection({ loader: from('avsnitt', '**/*.mdx'), schema: sidaSchema(reference) }),
};
