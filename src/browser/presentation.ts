// Presentation mode for workshops: one step at a time in a full-window modal
// dialog, large type on a high-contrast theme. Loaded only when a facilitator
// presses "Presentera" or opens the map with ?presentation. The slides are
// read from the hidden step texts on the page ([data-step-texts]).
import { counterText, moveIndex, presentationKey, presentationSearch } from '../lib/presentation.ts';

interface Slide {
  id: string;
  title: string;
  phase: string;
  actors: string;
  description: string;
}

function readSlides(): Slide[] {
  return [...document.querySelectorAll<HTMLElement>('[data-step-texts] li[data-step]')].map((li) => ({
    id: li.dataset.step!,
    title: li.dataset.title ?? '',
    phase: li.dataset.phase ?? '',
    actors: li.dataset.actors ?? '',
    description: li.querySelector('[data-step-description]')?.textContent?.trim() ?? '',
  }));
}

const TEMPLATE = `
  <div class="present__top">
    <p class="present__counter" data-counter></p>
    <ol class="present__phases" aria-hidden="true" data-phases></ol>
    <div class="present__tools">
      <button type="button" class="present__button" data-act="full" aria-pressed="false">Helskärm</button>
      <button type="button" class="present__button" data-act="close">Avsluta <span class="present__key">Esc</span></button>
    </div>
  </div>
  <article class="present__slide" tabindex="-1" data-slide>
    <p class="present__phase" data-phase></p>
    <h2 class="present__title" data-title></h2>
    <p class="present__actors"><span class="present__label">Aktörer:</span> <span data-actors></span></p>
    <p class="present__speaker" data-speaker></p>
  </article>
  <div class="present__nav" role="group" aria-label="Bläddra mellan stegen">
    <button type="button" class="present__button present__button--big" data-act="prev"><span aria-hidden="true">←</span> Föregående</button>
    <div class="present__progress" aria-hidden="true"><span data-progress></span></div>
    <button type="button" class="present__button present__button--big" data-act="next">Nästa <span aria-hidden="true">→</span></button>
  </div>
  <p class="present__help">Bläddra med piltangenterna, Page Up/Page Down eller mellanslag. Home och End går till första och sista steget.</p>
  <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-live></p>`;

let dialog: HTMLDialogElement | null = null;

export interface OpenOptions {
  /** Step id to start at (unknown ids start at the first step). */
  step?: string | null;
  /** Element to give focus back to on leaving. */
  opener?: HTMLElement | null;
  /** Whether the caller has already asked for fullscreen (within the click). */
  fullscreen?: boolean;
}

export function openPresentation(options: OpenOptions = {}) {
  if (dialog?.open) return;
  const slides = readSlides();
  if (!slides.length) return;
  let index = Math.max(
    0,
    slides.findIndex((s) => s.id === options.step),
  );
  let ownFullscreen = !!options.fullscreen && document.fullscreenElement === document.documentElement;
  let reopening = false;

  const d = (dialog = document.createElement('dialog'));
  d.className = 'present';
  d.setAttribute('aria-label', 'Presentation av processkartan');
  d.innerHTML = TEMPLATE;
  const q = <T extends HTMLElement>(sel: string) => d.querySelector<T>(sel)!;
  const phases = [...new Set(slides.map((s) => s.phase))];
  q('[data-phases]').append(
    ...phases.map((p) => Object.assign(document.createElement('li'), { textContent: p.replace(/^Fas \d+: /, '') })),
  );
  const slideEl = q('[data-slide]');
  const prev = q<HTMLButtonElement>('[data-act="prev"]');
  const next = q<HTMLButtonElement>('[data-act="next"]');
  const full = q<HTMLButtonElement>('[data-act="full"]');
  if (!document.fullscreenEnabled) full.hidden = true;

  function render(announce: boolean) {
    const s = slides[index];
    q('[data-counter]').textContent = counterText(index, slides.length);
    q('[data-phase]').textContent = s.phase;
    q('[data-title]').textContent = s.title;
    q('[data-actors]').textContent = s.actors;
    q('[data-speaker]').textContent = s.description;
    q('[data-progress]').style.width = `${((index + 1) / slides.length) * 100}%`;
    [...q('[data-phases]').children].forEach((li, i) => {
      li.classList.toggle('present__phase-current', phases[i] === s.phase);
    });
    d.dataset.step = s.id;
    slideEl.scrollTop = 0;
    // Restart the (motion-safe) fade on every step.
    slideEl.classList.remove('present__slide--enter');
    void slideEl.offsetWidth;
    slideEl.classList.add('present__slide--enter');
    // A button that has just been disabled would drop focus to <body>.
    const lost =
      (document.activeElement === prev && index === 0) ||
      (document.activeElement === next && index === slides.length - 1);
    prev.disabled = index === 0;
    next.disabled = index === slides.length - 1;
    if (lost) slideEl.focus();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${presentationSearch(location.search, s.id)}${location.hash}`,
    );
    if (announce) q('[data-live]').textContent = `${counterText(index, slides.length)}: ${s.title}`;
  }

  function go(action: 'next' | 'prev' | 'first' | 'last') {
    const to = moveIndex(index, action, slides.length);
    if (to === index) return;
    index = to;
    render(true);
  }

  let left = false;
  function leave() {
    if (left) return;
    left = true;
    document.removeEventListener('fullscreenchange', onFullscreen);
    if (ownFullscreen && document.fullscreenElement) document.exitFullscreen().catch(() => {});
    d.close();
    d.remove();
    dialog = null;
    document.documentElement.classList.remove('present-open');
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${presentationSearch(location.search, null)}${location.hash}`,
    );
    options.opener?.focus();
  }

  // The modal dialog must sit above the fullscreen root in the top layer, so
  // it is shown again once fullscreen has been entered from inside it.
  async function toggleFullscreen() {
    if (document.fullscreenElement) {
      await document.exitFullscreen().catch(() => {});
      return;
    }
    reopening = true;
    d.close();
    try {
      await document.documentElement.requestFullscreen();
      ownFullscreen = true;
    } catch {
      /* refused: stay in the full-window dialog */
    }
    d.showModal();
    reopening = false;
    full.focus();
  }
  function onFullscreen() {
    full.setAttribute('aria-pressed', String(!!document.fullscreenElement));
    // Esc leaves browser fullscreen without reaching the page: leave the presentation too.
    if (!document.fullscreenElement && ownFullscreen && !reopening) {
      ownFullscreen = false;
      leave();
    }
  }
  document.addEventListener('fullscreenchange', onFullscreen);

  d.addEventListener('cancel', (e) => {
    e.preventDefault();
    leave();
  });
  d.addEventListener('click', (e) => {
    const act = (e.target as Element).closest<HTMLButtonElement>('[data-act]')?.dataset.act;
    if (act === 'prev' || act === 'next') go(act);
    else if (act === 'close') leave();
    else if (act === 'full') toggleFullscreen();
  });
  d.addEventListener('keydown', (e) => {
    if (e.key === 'Tab') return wrapFocus(e);
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const onButton = (e.target as Element).closest('button');
    if (onButton && (e.key === ' ' || e.key === 'Enter')) return;
    const action = presentationKey(e.key, e.shiftKey);
    if (!action) return;
    e.preventDefault();
    if (action === 'close') leave();
    else go(action);
  });

  // Keep Tab cycling inside the presentation instead of leaving for the browser chrome.
  function wrapFocus(e: KeyboardEvent) {
    const items = [...d.querySelectorAll<HTMLElement>('button:not([disabled]):not([hidden])')];
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (e.shiftKey && (active === first || active === slideEl)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  }

  document.body.append(d);
  document.documentElement.classList.add('present-open');
  d.showModal();
  full.setAttribute('aria-pressed', String(!!document.fullscreenElement));
  render(false);
  slideEl.focus();
  q('[data-live]').textContent =
    `Presentationen har startat. ${counterText(index, slides.length)}: ${slides[index].title}`;
}
