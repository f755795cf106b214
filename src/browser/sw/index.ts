// The service worker (bundled into dist/sw.js by src/integrations/service-worker.ts,
// which puts VERSION, BASE and PRECACHE ahead of it). Type-checked with the
// WebWorker library by its own tsconfig.json.
//
// Fresh when online, available offline: pages and unhashed files network first
// with a short timeout and the copy as fallback; content-hashed files cache first.
// The copy is bounded (src/lib/offline/copy.ts); other pages are kept as they are
// read, up to a limit. A new deploy fetches only the files whose revision changed
// and takes over at once: pages come from the network anyway, and the previous
// build's hashed assets stay cached for pages still open.
import { HASHED_LIMIT, PAGE_LIMIT, overLimit } from '../../lib/offline/eviction.ts';
import { decide, type Kind } from '../../lib/offline/strategy.ts';
import { planUpdate, type Revisioned } from '../../lib/offline/update-plan.ts';
import { unavailablePage } from '../../lib/offline/unavailable.ts';
import { FROM_COPY, isCommand, type OfflineReady, type Updated } from './messages.ts';

declare const self: ServiceWorkerGlobalScope;
declare const VERSION: string;
declare const BASE: string;
declare const PRECACHE: Revisioned[];

const sw = self;
const PREFIX = 'metodstod-';
const COPY_PREFIX = `${PREFIX}kopia-`;
const COPY = `${COPY_PREFIX}${VERSION}`;
const PAGES = `${PREFIX}sidor`;
const HASHED = `${PREFIX}filer`;
/** Where each copy keeps its own manifest, for the next deploy's update plan. */
const MANIFEST = `${BASE}__manifest__.json`;
const TIMEOUT_MS = 3000;

const copyUrls = new Set(PRECACHE.map((e) => e.url));

async function previousCopy(): Promise<{ cache: Cache; manifest: Revisioned[] } | undefined> {
  for (const key of (await caches.keys()).filter((k) => k.startsWith(COPY_PREFIX) && k !== COPY).reverse()) {
    const cache = await caches.open(key);
    const res = await cache.match(MANIFEST);
    if (res) return { cache, manifest: (await res.json()) as Revisioned[] };
  }
  return undefined;
}

async function install(): Promise<void> {
  const previous = await previousCopy();
  const plan = planUpdate(previous?.manifest, PRECACHE);
  const cache = await caches.open(COPY);
  const fetchList = [...plan.fetch];
  await Promise.all(
    plan.copy.map(async (url) => {
      const res = await previous?.cache.match(url);
      if (res) await cache.put(url, res);
      else fetchList.push(url);
    }),
  );
  await cache.addAll(fetchList.map((url) => new Request(url, { cache: 'reload' })));
  await cache.put(
    MANIFEST,
    new Response(JSON.stringify(PRECACHE), { headers: { 'content-type': 'application/json' } }),
  );
  await sw.skipWaiting();
}

async function trim(name: string, limit: number): Promise<void> {
  const cache = await caches.open(name);
  await Promise.all(overLimit(await cache.keys(), limit).map((k) => cache.delete(k)));
}

async function activate(): Promise<void> {
  const old = (await caches.keys()).filter((k) => k.startsWith(COPY_PREFIX) && k !== COPY);
  // Pages still open from the previous build may load its hashed modules later.
  const hashed = await caches.open(HASHED);
  for (const key of old) {
    const cache = await caches.open(key);
    for (const req of await cache.keys()) {
      if (new URL(req.url).pathname.startsWith(`${BASE}_astro/`) && !copyUrls.has(new URL(req.url).pathname)) {
        const res = await cache.match(req);
        if (res) await hashed.put(req, res);
      }
    }
    await caches.delete(key);
  }
  await trim(HASHED, HASHED_LIMIT);
  await sw.clients.claim();
  for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    client.postMessage({ type: 'offline-ready', version: VERSION } satisfies OfflineReady);
    if (old.length) client.postMessage({ type: 'updated', version: VERSION } satisfies Updated);
  }
}

/** A cached answer, also for a page asked for without its trailing slash. */
async function fromCaches(url: URL, names: string[]): Promise<Response | undefined> {
  const keys = [url.pathname];
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9_]+$/i.test(url.pathname)) keys.push(`${url.pathname}/`);
  for (const name of names) {
    const cache = await caches.open(name);
    for (const key of keys) {
      const hit = await cache.match(key, { ignoreSearch: true });
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The same response with a Server-Timing mark, so the page knows it came from the copy. */
async function markFromCopy(res: Response): Promise<Response> {
  const headers = new Headers(res.headers);
  headers.append('server-timing', FROM_COPY);
  return new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers });
}

async function keepPage(url: URL, res: Response): Promise<void> {
  if (copyUrls.has(url.pathname)) return; // the copy follows the manifest, not each visit
  const cache = await caches.open(PAGES);
  // Deleted first so the key moves to the end: the key order is the order of last use.
  await cache.delete(url.pathname);
  await cache.put(url.pathname, res);
  await trim(PAGES, PAGE_LIMIT);
}

async function networkFirst(event: FetchEvent, url: URL, kind: Kind): Promise<Response> {
  const network = fetch(event.request).then((res) => {
    if (res.ok && kind === 'page' && res.type === 'basic') event.waitUntil(keepPage(url, res.clone()));
    return res;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, TIMEOUT_MS)));
  try {
    const res = await Promise.race([network, timeout]);
    if (res) return res;
  } catch {
    // offline: the copy answers below
  } finally {
    clearTimeout(timer);
  }
  const cached = await fromCaches(url, [COPY, PAGES]);
  if (cached) return kind === 'page' ? markFromCopy(cached) : cached;
  if (event.request.mode === 'navigate') {
    // Still waiting for a slow network beats a "not found" for a page that exists.
    const late = await network.catch(() => undefined);
    if (late) return late;
    return new Response(unavailablePage(BASE, url.pathname), {
      status: 503,
      headers: { 'content-type': 'text/html; charset=utf-8', 'server-timing': FROM_COPY },
    });
  }
  return network.catch(() => Response.error());
}

async function cacheFirst(event: FetchEvent, url: URL): Promise<Response> {
  const cached = await fromCaches(url, [COPY, HASHED]);
  if (cached) return cached;
  const res = await fetch(event.request);
  if (res.ok && res.type === 'basic') {
    const copy = res.clone();
    event.waitUntil(
      caches
        .open(HASHED)
        .then((c) => c.put(url.pathname, copy))
        .then(() => trim(HASHED, HASHED_LIMIT)),
    );
  }
  return res;
}

sw.addEventListener('install', (event) => event.waitUntil(install()));
sw.addEventListener('activate', (event) => event.waitUntil(activate()));

sw.addEventListener('message', (event) => {
  if (isCommand(event.data) && event.source) {
    const source = event.source;
    event.waitUntil(
      caches.has(COPY).then((ready) => {
        if (ready) source.postMessage({ type: 'offline-ready', version: VERSION } satisfies OfflineReady);
      }),
    );
  }
});

sw.addEventListener('fetch', (event) => {
  const decision = decide(event.request, sw.location.origin, BASE);
  if (!decision) return;
  const url = new URL(event.request.url);
  event.respondWith(
    decision.strategy === 'cache-first' ? cacheFirst(event, url) : networkFirst(event, url, decision.kind),
  );
});
