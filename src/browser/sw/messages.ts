// The messages between the pages and the service worker (sw/index.ts), typed
// once for both sides. No DOM or worker types here: both programs include it.

/** Page → worker: asks whether this version's copy is complete. */
export type PageCommand = 'status';

/** Worker → page: this version's offline copy is complete. */
export interface OfflineReady {
  type: 'offline-ready';
  version: string;
}

/** Worker → page: a new deploy has taken over (the page may show an older text). */
export interface Updated {
  type: 'updated';
  version: string;
}

/** The Server-Timing name on a page answered from the copy instead of the network. */
export const FROM_COPY = 'sw-copy';

export const isOfflineReady = (data: unknown): data is OfflineReady =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'offline-ready';

export const isUpdated = (data: unknown): data is Updated =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'updated';

export const isCommand = (data: unknown): data is PageCommand => data === 'status';
