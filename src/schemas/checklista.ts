// Checklist items (översikt) for settlement and establishment.
import { z } from 'astro/zod';
import { general, governanceShape, labelledEnum, oneResponsibleParty, openResponsibility } from './common.ts';
import type { RefFn } from './ref.ts';

export const CHECKLIST_AREAS = {
  boende: 'Boende',
  ekonomi: 'Ekonomi',
  halsa: 'Hälsa och vård',
  folkbokforing: 'Folkbokföring och id',
  barn: 'Barn och skola',
  samhallsinformation: 'Samhällsinformation',
  etablering: 'Arbete och etablering',
  vardag: 'Vardag och praktiskt stöd',
} as const;
export type ChecklistArea = keyof typeof CHECKLIST_AREAS;

export const checklistpunktSchema = (ref: RefFn) =>
  z
    .strictObject({
      title: z.string().min(3),
      area: labelledEnum(CHECKLIST_AREAS),
      /** Sort order within the area. */
      order: z.number().int().min(1).default(100),
      /** The actor the sources name as responsible; leave out when they name none. */
      responsible: ref('aktorer').optional(),
      /** Required when `responsible` is left out: why no owner is named. */
      responsibility: openResponsibility.optional(),
      phase: ref('faser'),
      /** Free text timing within the phase, e.g. "första veckan". Only from the sources. */
      timing: z.string().min(3).optional(),
      why: z.string().min(10),
      links: z.array(ref('lankar')).default([]),
      sources: governanceShape(ref).sources,
      general,
    })
    .superRefine(oneResponsibleParty);
