// The document register: the source documents the method support is built on.
import { z } from 'astro/zod';
import { labelledEnum } from './common.ts';

export const DOCUMENT_TYPES = {
  tjansteutlatande: 'Tjänsteutlåtande',
  slutrapport: 'Slutrapport',
  projektdirektiv: 'Projektdirektiv',
  forslag: 'Förslag',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

export const dokumentSchema = () =>
  z.strictObject({
    type: labelledEnum(DOCUMENT_TYPES),
    title: z.string().min(3),
    /** As precise as the document says: 2020, 2020-04 or 2020-04-21. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'skriv datum som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD'),
    /** The body or municipality that issued it. */
    issuer: z.string().min(2),
    recipient: z.string().min(2).optional(),
    dnr: z.string().min(3).optional(),
    summary: z.string().min(20),
  });
