// Collaboration models between Intro Stockholm and the district administrations.
import { z } from 'astro/zod';
import { governanceShape, isoDate, oneResponsibleParty, openResponsibility, status } from './common.ts';
import type { RefFn } from './ref.ts';

export const modelStep = (ref: RefFn) =>
  z
    .strictObject({
      title: z.string().min(3),
      /** The actor responsible for the step; leave out when the sources name none. */
      responsible: ref('aktorer').optional(),
      /** Required when `responsible` is left out. */
      responsibility: openResponsibility.optional(),
      description: z.string().min(10),
      /** What is handed over to the next party, if anything. */
      handover: z.string().min(3).optional(),
    })
    .superRefine(oneResponsibleParty);

export const samverkansmodellSchema = (ref: RefFn) =>
  z.strictObject({
    title: z.string().min(3),
    summary: z.string().min(20),
    status,
    adopted: isoDate.optional(),
    parties: z.array(ref('aktorer')).min(2, 'en samverkansmodell behöver minst två parter'),
    /** When the model applies: what triggers the handover. */
    trigger: z.string().min(10),
    steps: z.array(modelStep(ref)).min(1),
    childRights: z.array(z.string().min(10)).default([]),
    followUp: z.string().min(10).optional(),
    ...governanceShape(ref),
  });
