// Validates an entry's YAML with the site's own Zod schemas. The schemas are
// factories over Astro's reference(); here a stub stands in that records each
// reference and flags ids that no file provides, so dangling references come
// back as issues with their full field path.
import { z } from 'astro/zod';
import type { RefFn } from '../../src/schemas/ref.ts';
import type { Entry } from './load.ts';

export type Issue = z.core.$ZodIssue;

/** Message of an issue whose schema gave no message of its own. */
export const NO_MESSAGE = '\u0000';

export interface Ref {
  collection: string;
  id: string;
}

export interface Validation {
  ok: boolean;
  /** The entry as the schema parses it (defaults filled in, references as { collection, id }), when ok. */
  data?: unknown;
  issues: Issue[];
  refs: Ref[];
}

/** A reference() stand-in: any non-empty id, recorded, checked against `exists`. */
export function refStub(exists: (ref: Ref) => boolean, refs: Ref[]): RefFn {
  return ((collection: string) =>
    z
      .string()
      .min(1)
      .transform((id, ctx) => {
        const ref = { collection, id };
        refs.push(ref);
        if (!exists(ref)) ctx.issues.push({ code: 'custom', message: 'dangling', input: id, params: { ref } });
        return ref;
      })) as unknown as RefFn;
}

/** The issue is a reference to a missing entry (reported by the references rule). */
export const danglingRef = (issue: Issue): Ref | undefined =>
  issue.code === 'custom' ? (issue.params?.ref as Ref | undefined) : undefined;

export function validateEntry(entry: Entry, exists: (ref: Ref) => boolean): Validation {
  const refs: Ref[] = [];
  const schema = entry.collection.schema(refStub(exists, refs));
  const result = schema.safeParse(entry.raw ?? {}, { error: () => NO_MESSAGE });
  return result.success
    ? { ok: true, data: result.data, issues: [], refs }
    : { ok: false, issues: result.error.issues, refs };
}
