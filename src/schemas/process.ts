// The resettlement process as data: phases and the steps within them.
import { z } from 'astro/zod';
import { general, governanceShape, openResponsibility } from './common.ts';
import type { RefFn } from './ref.ts';

/**
 * "Frågor till gruppen": the facilitator's questions to the room, shown only in
 * the presenter view and as speaker notes in the PowerPoint export. Questions,
 * never new facts.
 */
const notesSchema = () => z.array(z.string().min(10, 'skriv en hel fråga (minst 10 tecken)')).default([]);

export const fasSchema = () =>
  z.strictObject({
    title: z.string().min(3),
    order: z.number().int().min(1),
    summary: z.string().min(10),
    notes: notesSchema(),
  });

export const processtegSchema = (ref: RefFn) =>
  z.strictObject({
    title: z.string().min(3),
    phase: ref('faser'),
    /** Position within the phase (1, 2, 3 …). */
    order: z.number().int().min(1),
    actors: z.array(ref('aktorer')).min(1, 'ange minst en aktör'),
    /** One sentence: what happens. Shown in the map. */
    summary: z.string().min(10),
    /** The full text; also the speaker text in presentation mode. */
    description: z.string().min(20),
    models: z.array(ref('samverkansmodeller')).default([]),
    checklist: z.array(ref('checklista')).default([]),
    links: z.array(ref('lankar')).default([]),
    notes: notesSchema(),
    /** When the sources leave open who is responsible for the step (the actors only take part). */
    responsibility: openResponsibility.optional(),
    sources: governanceShape(ref).sources,
    general,
  });
