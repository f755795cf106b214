// The runtime caches are bounded: pages read outside the copy (and hashed files
// fetched on the way) are kept up to a limit, the least recently stored going first.
// The worker re-stores an entry each time it is fetched, so the cache's key
// order (insertion order) is the order of last use.

/** Pages read outside the copy that are kept for offline use. */
export const PAGE_LIMIT = 50;
/** Hashed files outside the copy (fragments, chunks, an earlier build's assets). */
export const HASHED_LIMIT = 200;

/** Keys to delete so that at most `limit` remain, oldest first. */
export function overLimit<T>(keysOldestFirst: readonly T[], limit: number): T[] {
  return keysOldestFirst.slice(0, Math.max(0, keysOldestFirst.length - limit));
}
