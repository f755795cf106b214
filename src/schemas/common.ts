// Fields shared by every page-like entry: governance (owner, review) as data,
// in the spirit of GOV.UK's tech-docs template, plus sources and tags.
import { z } from 'astro/zod';
import type { RefFn } from './ref.ts';
import { TAG_IDS } from './tags.ts';

/** A calendar date written as YYYY-MM-DD (YAML may already parse it to a Date). */
export const isoDate = z.coerce.date({
  error: 'ska vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-01',
});

/** http(s) only: `javascript:` and other schemes are rejected. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'ska vara en webbadress som börjar med https:// eller http://',
});

/** An enum over the keys of a { id: 'Swedish label' } map, listing the allowed ids on error. */
export function labelledEnum<T extends Record<string, string>>(labels: T) {
  const ids = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return z.enum(ids, { error: `ska vara en av: ${ids.join(', ')}` });
}

export const STATUSES = ['gällande', 'utkast', 'arkiverad'] as const;
export const status = z.enum(STATUSES, {
  error: `ska vara en av: ${STATUSES.join(', ')}`,
});

export const source = (ref: RefFn) =>
  z.strictObject({
    dokument: ref('dokument'),
    /** Section, chapter or page in the document, where known. */
    section: z.string().min(1).optional(),
  });

export const tags = z.array(z.enum(TAG_IDS, { error: `okänd tagg; tillåtna: ${TAG_IDS.join(', ')}` })).default([]);

/** owner, reviewed, reviewInterval | reviewBy, sources, tags. */
export const governanceShape = (ref: RefFn) => ({
  /** The responsible unit (an actor of kind stadens-enhet), never a person. */
  owner: ref('aktorer'),
  /** When the content was last reviewed. */
  reviewed: isoDate,
  /** Months between reviews; ignored when reviewBy is set. */
  reviewInterval: z.number().int().min(1).max(36).default(12),
  /** An explicit next review date, overriding reviewInterval. */
  reviewBy: isoDate.optional(),
  sources: z.array(source(ref)).default([]),
  tags,
});
