// Site-wide data access for pages: every collection loaded once per build,
// references checked before anything renders.
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { COLLECTION_NAMES } from '../content-types/index.ts';
import { duplicateOrders, formatClashes } from './duplicate-order.ts';
import { findDangling, formatDangling, type EntryLike } from './integrity.ts';

export const COLLECTIONS = COLLECTION_NAMES satisfies readonly CollectionKey[];

let checked: Promise<void> | undefined;

/** Throws (failing the build) when any reference points at a missing entry, or two entries share a place in a list. */
export function assertContentIntegrity(): Promise<void> {
  checked ??= (async () => {
    const all: EntryLike[] = (await Promise.all(COLLECTIONS.map((c) => getCollection(c)))).flat();
    const dangling = findDangling(all);
    if (dangling.length) {
      throw new Error(
        `Innehållet hänvisar till poster som inte finns (${dangling.length}):\n${formatDangling(dangling)}`,
      );
    }
    const clashes = duplicateOrders(
      all
        .map((e) => ({ ...e, file: e.filePath ?? `${e.collection}/${e.id}` }))
        .sort((a, b) => a.file.localeCompare(b.file)),
    );
    if (clashes.length) {
      throw new Error(`Två poster har samma plats i en lista (${clashes.length}):\n${formatClashes(clashes)}`);
    }
  })();
  return checked;
}

/** A collection sorted by `order` (when present) and then title/name. */
export async function sorted<C extends CollectionKey>(c: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(c);
  const key = (e: CollectionEntry<C>) => {
    const d = e.data as { order?: number; title?: string; name?: string; term?: string };
    return [d.order ?? 0, (d.title ?? d.name ?? d.term ?? e.id).toLocaleLowerCase('sv')] as const;
  };
  return entries.sort((a, b) => {
    const [oa, ta] = key(a);
    const [ob, tb] = key(b);
    return oa - ob || ta.localeCompare(tb, 'sv');
  });
}
