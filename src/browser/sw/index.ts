// Service worker runtime. The build bundles this file and writes dist/sw.js with
// VERSION, BASE and PRECACHE ahead of it (src/integrations/service-worker.ts,
// src/lib/precache.ts). Cache-first for the site's own files so the map, the
// presentation mode, the models and the search work without a network.
// Type-checked with the WebWorker library by its own tsconfig.json.
import { isCommand, type OfflineReady } from './messages.ts';

declare const self: ServiceWorkerGlobalScope;
declare const VERSION: string;
declare const BASE: string;
declare const PRECACHE: string[];

const PREFIX = 'metodstod-';
const CACHE = `${PREFIX}${VERSION}`;
const ready: OfflineReady = { type: 'offline-ready', version: VERSION };

self.addEventListener('install', (event) => {
  // No skipWaiting: a new version waits until the reader chooses to reload.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)));
      await self.clients.claim();
      const clients = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of clients) client.postMessage(ready);
    })(),
  );
});

self.addEventListener('message', (event) => {
  const command: unknown = event.data;
  if (!isCommand(command)) return;
  if (command === 'skip-waiting') void self.skipWaiting();
  else if (command === 'status' && event.source) {
    const source = event.source;
    event.waitUntil(
      caches.has(CACHE).then((has) => {
        if (has) source.postMessage(ready);
      }),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(CACHE);
  // The site is static: the query string (?presentation, ?q=, Pagefind's ?ts=) never changes a file.
  const hit =
    (await cache.match(request, { ignoreSearch: true })) ??
    (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)
      ? await cache.match(`${url.pathname}/`)
      : undefined);
  if (hit) return hit;
  try {
    return await fetch(request);
  } catch {
    if (request.mode === 'navigate') {
      const notFound = await cache.match(`${BASE}404.html`);
      if (notFound) return notFound;
    }
    return Response.error();
  }
}
