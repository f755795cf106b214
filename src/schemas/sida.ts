// Free-standing MDX pages (sidor) and section intros (avsnitt).
import { z } from 'astro/zod';
import { governanceShape, status } from './common.ts';
import type { RefFn } from './ref.ts';

export const sidaSchema = (ref: RefFn) =>
  z.strictObject({
    title: z.string().min(2),
    summary: z.string().min(10),
    status: status.default('gällande'),
    /** Sort order in lists of pages (lower first). */
    order: z.number().int().default(100),
    ...governanceShape(ref),
  });
