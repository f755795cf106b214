// Registers the service worker (its URL and scope on the OfflineStatus box),
// says when the offline copy is ready and offers to reload when a new version
// of the site is waiting. Not in `astro dev`: there is no built site to cache.
import { isOfflineReady, type PageCommand } from './sw/messages.ts';

const box = document.querySelector<HTMLElement>('[data-offline]');
const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
const send = (worker: ServiceWorker | null | undefined, command: PageCommand) => worker?.postMessage(command);

if (box?.dataset.sw && sw && import.meta.env.PROD) {
  const ready = box.querySelector<HTMLElement>('[data-offline-ready]');
  const update = box.querySelector<HTMLElement>('[data-offline-update]');
  let reloading = false;
  sw.addEventListener('message', (e: MessageEvent<unknown>) => {
    if (ready && isOfflineReady(e.data)) ready.hidden = false;
  });
  sw.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  sw.register(box.dataset.sw, { scope: box.dataset.scope })
    .then((reg) => {
      const waiting = () => {
        if (update && reg.waiting && sw.controller) update.hidden = false;
      };
      waiting();
      reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', waiting));
      update?.querySelector('button')?.addEventListener('click', () => {
        reloading = true;
        if (reg.waiting) send(reg.waiting, 'skip-waiting');
        else location.reload();
      });
      return sw.ready;
    })
    .then(
      (reg) => send(reg.active, 'status'),
      () => {
        /* no offline copy; the page works as before */
      },
    );
}
