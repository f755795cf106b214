// Schemas are factories over Astro's `reference()` so that the same modules
// serve the build (real references) and unit tests / `npm run check` (a stub
// that records ids). Keep this the only place that knows the type.
import type { reference } from 'astro:content';

export type RefFn = typeof reference;
