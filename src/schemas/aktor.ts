// Actors: the organisations and units that take part in the process.
import { z } from 'astro/zod';
import { general, httpUrl, labelledEnum, source } from './common.ts';
import type { RefFn } from './ref.ts';

export const ACTOR_KINDS = {
  'stadens-enhet': 'Enhet i Stockholms stad',
  myndighet: 'Statlig myndighet',
  region: 'Region',
  internationell: 'Internationell organisation',
  kommun: 'Annan kommun eller kommunal aktör',
  organisation: 'Annan organisation',
} as const;
export type ActorKind = keyof typeof ACTOR_KINDS;

export const aktorSchema = (ref: RefFn) =>
  z.strictObject({
    name: z.string().min(2),
    shortName: z.string().min(1).optional(),
    kind: labelledEnum(ACTOR_KINDS),
    /** The organisation this unit belongs to, e.g. Intro Stockholm → Socialförvaltningen. */
    parent: ref('aktorer').optional(),
    /** What the actor does in the reception of quota refugees (Swedish prose). */
    role: z.string().min(20),
    website: httpUrl.optional(),
    /** The unit's functional mailbox for reports of errors on the pages it owns (never a person's address). */
    contact: z.email({ error: 'ska vara en e-postadress, till exempel enhet@example.se' }).optional(),
    sources: z.array(source(ref)).default([]),
    /** The role text is (partly) general knowledge, not taken from the project's documents. */
    general,
  });
