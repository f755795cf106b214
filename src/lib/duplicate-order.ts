// Where `order` is a position in a list, two entries must not share it, or
// the list's order is left to chance (file names). Decided from the schemas:
// - faser: `order` is the phase's place in the process map (required, one list);
// - processkarta (steps): `order` is the position within the phase (required).
// Not here: checklista and sidor, whose `order` has a default (100) and whose
// lists sort equal values by title on purpose, so a shared order means
// "alphabetically" and is fine.

export interface OrderedEntry {
  collection: string;
  id: string;
  /** File of the entry (for the report). */
  file: string;
  /** The entry's data (YAML as read, or Astro's parsed data). */
  data: unknown;
}

export interface OrderClash {
  collection: string;
  /** The entry that repeats an order. */
  entry: OrderedEntry;
  /** The first entry that has it. */
  first: OrderedEntry;
  order: number;
  /** In Swedish: the list both belong to ("fasen ankomst", "processkartans faser"). */
  list: string;
}

/** A reference as the checker sees it (an id) or as Astro does ({ collection, id }). */
const refId = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v;
  const id = v && typeof v === 'object' ? (v as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

/** Each ordered list: which collection, which list an entry belongs to. */
export const ORDERED_LISTS: readonly { collection: string; listOf: (data: Record<string, unknown>) => string }[] = [
  { collection: 'faser', listOf: () => 'processkartans faser' },
  { collection: 'processkarta', listOf: (d) => `fasen ${refId(d.phase) ?? '?'}` },
];

/** Every entry whose order repeats one earlier in the same list (entries in file order). */
export function duplicateOrders(entries: readonly OrderedEntry[]): OrderClash[] {
  const clashes: OrderClash[] = [];
  for (const { collection, listOf } of ORDERED_LISTS) {
    const seen = new Map<string, OrderedEntry>();
    for (const entry of entries.filter((e) => e.collection === collection)) {
      const data = entry.data as Record<string, unknown> | null;
      if (!data || typeof data !== 'object' || typeof data.order !== 'number') continue;
      const list = listOf(data);
      const key = `${list}\0${data.order}`;
      const first = seen.get(key);
      if (first) clashes.push({ collection, entry, first, order: data.order, list });
      else seen.set(key, entry);
    }
  }
  return clashes;
}

export const clashMessage = (c: OrderClash, firstName: string) =>
  `order ${c.order} finns redan i ${c.list} (${firstName}): ordningen blir slumpmässig`;

export const clashFix = (c: OrderClash) =>
  `ge varje post i ${c.list} ett eget nummer (1, 2, 3 …); flytta de efterföljande ett steg om ett steg ska in emellan`;

/** Plain-Swedish report for the build, one line per clash. */
export const formatClashes = (list: readonly OrderClash[]) =>
  list.map((c) => `${c.entry.file}  order  ${clashMessage(c, c.first.file)}  →  ${clashFix(c)}`).join('\n');
