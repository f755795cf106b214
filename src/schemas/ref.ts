// Schemas are factories over Astro's `reference()` so that the same modules
// serve the build (real references) and unit tests / `npm run check` (a stub
// that records ids). Keep this the only place that knows the type.
import { z } from 'astro/zod';
import type { reference } from 'astro:content';

export type RefFn = typeof reference;

/** reference() outside Astro: any non-empty id becomes { collection, id }, as Astro's does. */
export const anyRef = ((collection: string) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ collection, id }))) as unknown as RefFn;
