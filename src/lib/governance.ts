// The governance fields a page shows, whatever content type it comes from:
// the owner and review fields of the page schema, and its status where the type has one.
import type { z } from 'astro/zod';
import type { sidaSchema } from '../schemas/sida.ts';

type Page = z.output<ReturnType<typeof sidaSchema>>;

export type Governance = Pick<Page, 'owner' | 'reviewed' | 'reviewBy'> &
  Partial<Pick<Page, 'reviewInterval' | 'status'>>;
