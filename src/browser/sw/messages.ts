// The messages between the pages and the service worker (sw/index.ts), typed
// once for both sides. No DOM or worker types here: both programs include it.

/** Page → worker. */
export type PageCommand = 'skip-waiting' | 'status';

/** Worker → page: this version's offline copy is complete. */
export interface OfflineReady {
  type: 'offline-ready';
  version: string;
}

export const isOfflineReady = (data: unknown): data is OfflineReady =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'offline-ready';

export const isCommand = (data: unknown): data is PageCommand => data === 'skip-waiting' || data === 'status';
