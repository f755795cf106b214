// Every content type of the site. Adding one = writing its declaration (a
// module next to this one, listed here) and its page(s) in src/pages.
import { aktorer } from './aktorer.ts';
import { avsnitt } from './avsnitt.ts';
import { begrepp } from './begrepp.ts';
import { checklista } from './checklista.ts';
import type { ContentType } from './define.ts';
import { dokument } from './dokument.ts';
import { faser } from './faser.ts';
import { lankar } from './lankar.ts';
import { processkarta } from './processkarta.ts';
import { samverkansmodeller } from './samverkansmodeller.ts';
import { sidor } from './sidor.ts';

export const CONTENT_TYPES = [
  aktorer,
  samverkansmodeller,
  faser,
  processkarta,
  checklista,
  lankar,
  begrepp,
  dokument,
  sidor,
  avsnitt,
] as const;

export type AnyContentType = (typeof CONTENT_TYPES)[number];
export type CollectionName = AnyContentType['name'];

export const COLLECTION_NAMES = CONTENT_TYPES.map((t) => t.name);

/** A declaration seen without its own schema type (what code that handles any type gets). */
export type SomeContentType = ContentType<CollectionName>;

const BY_NAME = new Map<string, SomeContentType>(CONTENT_TYPES.map((t) => [t.name, t as unknown as SomeContentType]));

/** The declaration of a collection, or undefined for an unknown name. */
export const contentType = (name: string): SomeContentType | undefined => BY_NAME.get(name);

export const isCollectionName = (name: string): name is CollectionName => BY_NAME.has(name);

/** Deepest folder first, so processkarta/steg wins over a folder named processkarta. */
const BY_FOLDER = [...BY_NAME.values()].sort((a, b) => b.folder.length - a.folder.length);

/** The type whose folder holds a content file (path relative to content/), whatever its extension. */
export const typeOfFolder = (rel: string): SomeContentType | undefined =>
  BY_FOLDER.find((t) => rel.replace(/\\/g, '/').startsWith(`${t.folder}/`));

/** The type that loads a content file (path relative to content/): right folder and extension. */
export function typeOfFile(rel: string): SomeContentType | undefined {
  const type = typeOfFolder(rel);
  const ext = rel.split('.').pop() ?? '';
  return type?.extensions.includes(ext) ? type : undefined;
}

export type { ContentType } from './define.ts';
