// Content collections: one per declared content type (src/content-types/),
// each a folder under the top-level content/ validated by the type's schema.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_TYPES, type AnyContentType, type CollectionName } from './content-types/index.ts';

// CONTENT_DIR: another content folder built by the same code (the tests' fixture site).
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/** Glob pattern for a type's extensions: "**\/*.mdx" or "**\/*.{yaml,yml}". */
const pattern = (exts: readonly string[]) => `**/*.${exts.length > 1 ? `{${exts.join(',')}}` : exts[0]}`;

// retainBody: false keeps the raw source out of Astro's data store (nothing
// reads entry.body): half the store, which the build parses as one big module.
const collection = (type: AnyContentType) =>
  defineCollection({
    loader: glob({ pattern: pattern(type.extensions), base: `${CONTENT_DIR}/${type.folder}`, retainBody: false }),
    schema: type.schema(reference),
  });

/** Each collection typed by its own declaration's schema (what getCollection returns). */
type SchemaOf<N extends CollectionName> = ReturnType<Extract<AnyContentType, { name: N }>['schema']>;
type Collections = { [N in CollectionName]: Omit<ReturnType<typeof collection>, 'schema'> & { schema: SchemaOf<N> } };

export const collections = Object.fromEntries(CONTENT_TYPES.map((t) => [t.name, collection(t)])) as Collections;
