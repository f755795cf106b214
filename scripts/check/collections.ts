// The content collections as the checker sees them: folder, file types and
// schema factory. Mirrors src/content.config.ts (which needs astro:content and
// so cannot be imported here); tests/unit/check/collections.test.ts keeps the
// two in step.
import type { ZodType } from 'astro/zod';
import type { RefFn } from '../../src/schemas/ref.ts';
import { aktorSchema } from '../../src/schemas/aktor.ts';
import { begreppSchema } from '../../src/schemas/begrepp.ts';
import { checklistpunktSchema } from '../../src/schemas/checklista.ts';
import { dokumentSchema } from '../../src/schemas/dokument.ts';
import { lankSchema } from '../../src/schemas/lank.ts';
import { fasSchema, processtegSchema } from '../../src/schemas/process.ts';
import { samverkansmodellSchema } from '../../src/schemas/samverkansmodell.ts';
import { sidaSchema } from '../../src/schemas/sida.ts';
import type { UrlCollection } from '../../src/lib/urls.ts';

export type CollectionName = UrlCollection;

export interface CollectionDef {
  name: CollectionName;
  /** Folder under content/. */
  folder: string;
  /** File extensions the collection loads. */
  exts: readonly string[];
  schema: (ref: RefFn) => ZodType;
  /** How editors call it, in Swedish. */
  label: string;
}

const DATA = ['yaml', 'yml'] as const;

export const COLLECTIONS: readonly CollectionDef[] = [
  { name: 'aktorer', folder: 'aktorer', exts: DATA, schema: aktorSchema, label: 'aktörer' },
  {
    name: 'samverkansmodeller',
    folder: 'samverkansmodeller',
    exts: ['mdx'],
    schema: samverkansmodellSchema,
    label: 'samverkansmodeller',
  },
  { name: 'faser', folder: 'processkarta/faser', exts: DATA, schema: fasSchema, label: 'faser i processkartan' },
  {
    name: 'processkarta',
    folder: 'processkarta/steg',
    exts: DATA,
    schema: processtegSchema,
    label: 'steg i processkartan',
  },
  { name: 'checklista', folder: 'checklista', exts: DATA, schema: checklistpunktSchema, label: 'checklistan' },
  { name: 'lankar', folder: 'lankar', exts: DATA, schema: lankSchema, label: 'länksamlingen' },
  { name: 'begrepp', folder: 'begrepp', exts: DATA, schema: begreppSchema, label: 'begrepp' },
  { name: 'dokument', folder: 'dokument', exts: [...DATA, 'mdx'], schema: dokumentSchema, label: 'dokument' },
  { name: 'sidor', folder: 'sidor', exts: ['md', 'mdx'], schema: sidaSchema, label: 'sidor' },
  { name: 'avsnitt', folder: 'avsnitt', exts: ['mdx'], schema: sidaSchema, label: 'avsnitt' },
];

export const collectionDef = (name: string) => COLLECTIONS.find((c) => c.name === name);

/** The collection a content file (path relative to content/) belongs to, if any. */
export function collectionOf(rel: string): CollectionDef | undefined {
  const ext = rel.split('.').pop() ?? '';
  return [...COLLECTIONS]
    .sort((a, b) => b.folder.length - a.folder.length)
    .find((c) => rel.startsWith(`${c.folder}/`) && c.exts.includes(ext));
}
