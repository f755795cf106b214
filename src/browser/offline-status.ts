// Registers the service worker (its URL and scope on the OfflineStatus box) and
// says when the offline copy is ready. A new version takes over by itself;
// "En ny version finns" is UpdateNotice.astro, on every page. Not in `astro dev`:
// there is no built site to cache.
import { isOfflineReady, type PageCommand } from './sw/messages.ts';

const box = document.querySelector<HTMLElement>('[data-offline]');
const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
const send = (worker: ServiceWorker | null | undefined, command: PageCommand) => worker?.postMessage(command);

if (box?.dataset.sw && sw && import.meta.env.PROD) {
  const ready = box.querySelector<HTMLElement>('[data-offline-ready]');
  sw.addEventListener('message', (e: MessageEvent<unknown>) => {
    if (ready && isOfflineReady(e.data)) ready.hidden = false;
  });
  sw.register(box.dataset.sw, { scope: box.dataset.scope })
    .then((reg) => {
      // A map open all day in a workshop still learns of a new deploy when the network returns.
      addEventListener('online', () => void reg.update().catch(() => undefined));
      return sw.ready;
    })
    .then(
      (reg) => send(reg.active, 'status'),
      () => {
        /* no offline copy; the page works as before */
      },
    );
}
