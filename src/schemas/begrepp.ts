// Glossary terms.
import { z } from 'astro/zod';
import { general, source } from './common.ts';
import type { RefFn } from './ref.ts';

export const begreppSchema = (ref: RefFn) =>
  z.strictObject({
    term: z.string().min(2),
    abbreviation: z.string().min(1).optional(),
    /** Inflected forms and compounds that should count as the term (search, glossary marks). */
    forms: z.array(z.string().min(2)).default([]),
    /** Other words people use for the term: search finds the same pages with them (not marked in text). */
    synonyms: z.array(z.string().min(2)).default([]),
    definition: z.string().min(10),
    seeAlso: z.array(ref('begrepp')).default([]),
    sources: z.array(source(ref)).default([]),
    /** The definition is (partly) general knowledge, not taken from the project's documents. */
    general,
  });
