// Ticks on the checklist, kept only in this browser (localStorage): no personal
// data, nothing sent anywhere. Pure over a Storage-like object, so it is unit-tested;
// the DOM side is src/browser/checklist.ts.

export const STORAGE_KEY = 'metodstod:checklista:v1';

export type TickStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The set of ticked ids stored under STORAGE_KEY (tolerates junk). */
export function readTicks(storage: TickStore): Set<string> {
  try {
    const v: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function writeTicks(storage: TickStore, ticks: Set<string>): void {
  if (ticks.size) storage.setItem(STORAGE_KEY, JSON.stringify([...ticks].sort()));
  else storage.removeItem(STORAGE_KEY);
}
