// Service worker runtime. The build prepends VERSION, BASE and PRECACHE
// (see src/lib/precache.ts). Cache-first for the site's own files so the map,
// the presentation mode, the models and the search work without a network.
/* global VERSION, BASE, PRECACHE */
const PREFIX = 'metodstod-';
const CACHE = `${PREFIX}${VERSION}`;

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
      for (const client of clients) client.postMessage({ type: 'offline-ready', version: VERSION });
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  else if (event.data === 'status' && event.source) {
    event.waitUntil(
      caches.has(CACHE).then((ready) => {
        if (ready) event.source.postMessage({ type: 'offline-ready', version: VERSION });
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

async function respond(request, url) {
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
  } catch (error) {
    if (request.mode === 'navigate') {
      const notFound = await cache.match(`${BASE}404.html`);
      if (notFound) return notFound;
    }
    return Response.error();
  }
}
