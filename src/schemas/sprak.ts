// The language guide: words editors avoid, what to write instead and why.
// `npm run check` warns about them; /granskning/ shows the list.
import { z } from 'astro/zod';

export const sprakSchema = () =>
  z
    .object({
      undvik: z
        .array(
          z
            .object({
              ord: z.string().min(2),
              istallet: z.string().min(2),
              varfor: z.string().min(10),
            })
            .strict(),
        )
        .min(1),
      godkanda: z.array(z.string().min(2)).default([]),
    })
    .strict();
