// Cross-reference integrity. Astro 7 only logs a reference to a missing entry;
// we collect every reference in every collection and fail with all of them.
import { contentType } from '../content-types/index.ts';

export interface Ref {
  collection: string;
  id: string;
}
export interface EntryLike {
  collection: string;
  id: string;
  filePath?: string;
  data: unknown;
}
export interface Dangling {
  file: string;
  field: string;
  ref: Ref;
}

const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' &&
  v !== null &&
  Object.keys(v).length === 2 &&
  typeof (v as Ref).collection === 'string' &&
  typeof (v as Ref).id === 'string';

/** Every reference inside a data object, with the dotted field path where it sits. */
export function collectRefs(data: unknown, prefix = ''): { field: string; ref: Ref }[] {
  if (isRef(data)) return [{ field: prefix, ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => collectRefs(v, `${prefix}[${i}]`));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => collectRefs(v, prefix ? `${prefix}.${k}` : k));
  }
  return [];
}

/** References that point at no existing entry. */
export function findDangling(entries: EntryLike[]): Dangling[] {
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  return entries.flatMap((e) =>
    collectRefs(e.data)
      .filter(({ ref }) => !known.has(`${ref.collection}/${ref.id}`))
      .map(({ field, ref }) => ({ file: e.filePath ?? `${e.collection}/${e.id}`, field, ref })),
  );
}

/** The file an editor would create for a missing entry, in the folder its type declares. */
function newFileFor(ref: Ref): string {
  const type = contentType(ref.collection);
  return type ? `content/${type.folder}/${ref.id}.${type.extensions[0]}` : `content/${ref.collection}/${ref.id}`;
}

/** Plain-Swedish report, one line per problem. */
export function formatDangling(list: Dangling[]): string {
  return list
    .map(
      (d) =>
        `${d.file}  ${d.field}  "${d.ref.id}" finns inte i ${d.ref.collection}  →  rätta id:t eller skapa ${newFileFor(d.ref)}`,
    )
    .join('\n');
}
