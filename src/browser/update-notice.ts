// "En ny version finns" on every page (UpdateNotice.astro). The service worker
// takes a new deploy over at once and says so ('updated'); a page that came from
// the network after the deploy is already current, so the notice is shown only
// on a page answered from the offline copy (Server-Timing "sw-copy", see
// sw/messages.ts) or open for a minute or more when the update arrived.
// No imports, so Astro inlines it: content pages load no JavaScript file.
const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
const box = document.querySelector('[data-sw-update]');
const OPEN_LONG_MS = 60_000;

if (sw && box) {
  sw.addEventListener('message', (e: MessageEvent<unknown>) => {
    const data = e.data as { type?: unknown } | null;
    if (data?.type !== 'updated' || box.firstChild) return;
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const fromCopy = nav?.serverTiming.some((t) => t.name === 'sw-copy') ?? false;
    if (!fromCopy && performance.now() < OPEN_LONG_MS) return;
    const p = document.createElement('p');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'ladda om';
    button.addEventListener('click', () => location.reload());
    p.append('En ny version finns – ', button);
    box.append(p);
  });
  sw.startMessages();
}
