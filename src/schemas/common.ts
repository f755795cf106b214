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

/**
 * "Not decided" as a value: where the sources name no responsible party the entry says so
 * instead of naming a plausible owner (a caseworker acts on what the site says).
 */
export const OPEN_RESPONSIBILITY = {
  'framgar-inte': 'Ansvar framgår inte av underlaget',
  'oppen-fraga': 'Öppen fråga i projektet: vem som har uppdraget att ge praktiskt stöd under längre tid',
} as const;
export type OpenResponsibility = keyof typeof OPEN_RESPONSIBILITY;
export const openResponsibility = labelledEnum(OPEN_RESPONSIBILITY);

/** For a superRefine: exactly one of `responsible` (an actor) and `responsibility` (not decided). */
export function oneResponsibleParty(
  v: { responsible?: unknown; responsibility?: unknown },
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: string[] }) => void },
): void {
  if (v.responsible === undefined && v.responsibility === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['responsible'],
      message: `ange responsible (en aktör) eller, när underlaget inte anger ansvaret, responsibility: ${Object.keys(OPEN_RESPONSIBILITY).join(' eller ')}`,
    });
  if (v.responsible !== undefined && v.responsibility !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['responsibility'],
      message: 'ange antingen responsible eller responsibility, inte båda',
    });
}

/** True when part of the entry is general knowledge, not taken from the project's documents. */
export const general = z.boolean().default(false);

/** owner, reviewed, reviewInterval | reviewBy, sources, general, tags. */
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
  general,
  tags,
});
