// The link collection (länksamling).
import { z } from 'astro/zod';
import { general, httpUrl, isoDate, labelledEnum, source } from './common.ts';
import type { RefFn } from './ref.ts';

export const LINK_CATEGORIES = {
  myndigheter: 'Myndigheter och ansvar',
  samhallsinformation: 'Samhällsinformation',
  halsa: 'Hälsa och vård',
  stockholm: 'Stockholms stad',
  kunskap: 'Kunskap och metodstöd',
} as const;
export type LinkCategory = keyof typeof LINK_CATEGORIES;

export const AUDIENCES = { medarbetare: 'Medarbetare', nyanlanda: 'Nyanlända' } as const;
export type Audience = keyof typeof AUDIENCES;

export const lankSchema = (ref: RefFn) =>
  z
    .strictObject({
      title: z.string().min(3),
      url: httpUrl,
      /** The publishing actor, or publisherName when it is not an actor. */
      publisher: ref('aktorer').optional(),
      publisherName: z.string().min(2).optional(),
      category: labelledEnum(LINK_CATEGORIES),
      audience: z.array(labelledEnum(AUDIENCES)).min(1),
      /** ISO 639-1 codes of the languages the resource is offered in. */
      languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'ange språkkod som sv, en, ar')).min(1),
      description: z.string().min(10),
      /** When a person last checked that the link works; unset = not checked. */
      lastChecked: isoDate.optional(),
      /** Where the documents mention the publisher or the resource. */
      sources: z.array(source(ref)).default([]),
      /** The description is general knowledge, not taken from the project's documents. */
      general,
    })
    .refine((l) => Boolean(l.publisher) !== Boolean(l.publisherName), {
      message: 'ange antingen publisher (en aktör) eller publisherName, inte båda',
      path: ['publisher'],
    });
