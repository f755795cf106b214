// Test doubles shared by unit tests.
import { z } from 'astro/zod';
import type { RefFn } from '../../src/schemas/ref.ts';

/** Stands in for Astro's reference(): any id, turned into { collection, id }. */
export const stubRef = ((collection: string) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ collection, id }))) as unknown as RefFn;
