// Presentation mode for workshops: the whole swimlane fitted to the screen in
// a full-window modal dialog, one step current (aria-current="step") with its
// details beside the map, on the projector theme. Loaded only when a
// facilitator presses "Presentera"/"Talarvy" or opens ?presentation. The
// presenter view (?talare) adds the facilitator's notes (read from
// karta.json, never in the audience's page), the next step and elapsed time;
// windows of the same browser keep each other in step over a BroadcastChannel.
import { applyLaneFocus } from './lane-focus.ts';
import { fitMap } from '../lib/map-fit.ts';
import {
  counterText,
  elapsedText,
  isRevealed,
  moveIndex,
  presentationKey,
  readPresentation,
  stateSearch,
  type PresentationState,
} from '../lib/presentation.ts';

interface Step {
  id: string;
  title: string;
  phase: string;
  phaseId: string;
  actors: string;
  description: string;
  handover: string;
  models: Element | null;
}

/** What the windows of one presentation share. */
interface Shared {
  step: string;
  blank: boolean;
  reveal: boolean;
  actor: string | null;
}
type Message = { type: 'hello' } | { type: 'state'; state: Shared };
const CHANNEL = 'metodstod-processkarta';

interface Notes {
  phases: { id: string; notes: string[] }[];
  steps: { id: string; notes: string[]; summary: string }[];
}

function readSteps(texts: Element): Step[] {
  return [...texts.querySelectorAll<HTMLElement>('li[data-step]')].map((li) => ({
    id: li.dataset.step!,
    title: li.dataset.title ?? '',
    phase: li.dataset.phase ?? '',
    phaseId: li.dataset.phaseId ?? '',
    actors: li.dataset.actors ?? '',
    description: li.querySelector('[data-step-description]')?.textContent?.trim() ?? '',
    handover: li.querySelector('[data-step-handover]')?.textContent?.trim() ?? '',
    models: li.querySelector('[data-step-models]'),
  }));
}

const KEYS_HELP =
  'Bläddra med piltangenterna, Page Up/Page Down eller mellanslag; Home och End går till första och sista steget; B eller punkt släcker skärmen.';

const TOP = (speaker: boolean) => `
  <div class="present__top">
    <p class="present__counter" data-p-counter></p>
    ${speaker ? '<p class="present__elapsed">Tid: <span data-p-elapsed>0:00</span> <button type="button" class="present__button" data-act="reset">Nollställ tiden</button></p>' : ''}
    <div class="present__tools">
      <button type="button" class="present__button" data-act="reveal" aria-pressed="false">Stegvis</button>
      <label class="present__actor"><span>Aktör</span> <select data-p-actor><option value="">Alla</option></select></label>
      <button type="button" class="present__button" data-act="blank" aria-pressed="false">${speaker ? 'Släck publikskärmen' : 'Släck'} <span class="present__key">B</span></button>
      ${
        speaker
          ? '<button type="button" class="present__button" data-act="audience">Öppna publikfönster</button>'
          : '<button type="button" class="present__button" data-act="speaker">Talarvy</button><button type="button" class="present__button" data-act="full" aria-pressed="false">Helskärm</button>'
      }
      <button type="button" class="present__button" data-act="close">Avsluta <span class="present__key">Esc</span></button>
    </div>
  </div>`;

const DETAILS_HEAD = `
    <p class="present__phase" data-p-phase></p>
    <h2 class="present__title" data-p-title></h2>`;
const DETAILS_BODY = `
    <p class="present__speaker" data-p-speaker></p>
    <p class="present__actors"><span class="present__label">Aktörer:</span> <span data-p-actors></span></p>
    <p class="present__handover" data-p-handover></p>
    <div class="present__models" data-p-models></div>`;
const DETAILS = DETAILS_HEAD + DETAILS_BODY;

const AUDIENCE = `${TOP(false)}
  <div class="present__main">
    <div class="present__stage" data-p-stage><div class="present__fit" data-p-fit></div></div>
    <article class="present__slide" tabindex="-1" data-p-slide>${DETAILS}</article>
  </div>`;

const SPEAKER = `${TOP(true)}
  <div class="present__main present__main--speaker">
    <article class="present__slide" tabindex="-1" data-p-slide>${DETAILS_HEAD}
      <section class="present__notes" aria-labelledby="present-notes-step">
        <h3 id="present-notes-step">Frågor till gruppen om steget</h3><ul data-p-notes-step></ul>
      </section>
      <section class="present__notes" aria-labelledby="present-notes-phase">
        <h3 id="present-notes-phase">Frågor till gruppen om fasen</h3><ul data-p-notes-phase></ul>
      </section>${DETAILS_BODY}
    </article>
    <div class="present__side">
      <section class="present__next" aria-labelledby="present-next">
        <h3 id="present-next">Nästa steg</h3>
        <p class="present__next-title" data-p-next-title></p>
        <p data-p-next-summary></p>
      </section>
      <div class="present__stage present__stage--small" data-p-stage><div class="present__fit" data-p-fit></div></div>
    </div>
  </div>`;

const BOTTOM = `
  <div class="present__nav" role="group" aria-label="Bläddra mellan stegen">
    <button type="button" class="present__button present__button--big" data-act="prev"><span aria-hidden="true">←</span> Föregående</button>
    <div class="present__progress" aria-hidden="true"><span data-p-progress></span></div>
    <button type="button" class="present__button present__button--big" data-act="next">Nästa <span aria-hidden="true">→</span></button>
  </div>
  <p class="present__help">${KEYS_HELP}</p>
  <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-p-live></p>
  <div class="present__blank" data-p-blank hidden></div>`;

let dialog: HTMLDialogElement | null = null;

export interface OpenOptions {
  /** Step id to start at (unknown ids start at the first step). */
  step?: string | null;
  speaker?: boolean;
  reveal?: boolean;
  actor?: string | null;
  /** Element to give focus back to on leaving. */
  opener?: HTMLElement | null;
  /** Whether the caller has already asked for fullscreen (within the click). */
  fullscreen?: boolean;
}

export function openPresentation(options: OpenOptions = {}) {
  if (dialog?.open) return;
  const texts = document.querySelector<HTMLElement>('[data-step-texts]');
  const found = document.querySelector<HTMLElement>('[data-map-grid]');
  if (!texts || !found) return;
  const grid: HTMLElement = found;
  const steps = readSteps(texts);
  if (!steps.length) return;
  const speaker = !!options.speaker;
  const state: Shared = {
    step: steps.some((s) => s.id === options.step) ? options.step! : steps[0].id,
    blank: false,
    reveal: !!options.reveal,
    actor: null,
  };
  const index = () => steps.findIndex((s) => s.id === state.step);
  let ownFullscreen = !!options.fullscreen && document.fullscreenElement === document.documentElement;
  let reopening = false;
  const started = Date.now();
  let clockStart = started;

  const d = (dialog = document.createElement('dialog'));
  d.className = speaker ? 'present present--speaker' : 'present';
  d.setAttribute('aria-label', speaker ? 'Talarvy för processkartan' : 'Presentation av processkartan');
  d.innerHTML = (speaker ? SPEAKER : AUDIENCE) + BOTTOM;
  const q = <T extends HTMLElement>(sel: string) => d.querySelector<T>(sel)!;
  const slideEl = q('[data-p-slide]');
  const prev = q<HTMLButtonElement>('[data-act="prev"]');
  const next = q<HTMLButtonElement>('[data-act="next"]');
  const full = d.querySelector<HTMLButtonElement>('[data-act="full"]');
  const blankEl = q('[data-p-blank]');
  const actorSelect = q<HTMLSelectElement>('[data-p-actor]');
  if (full && !document.fullscreenEnabled) full.hidden = true;

  // The lanes' actors, from the page's own lane-focus control.
  for (const o of document.querySelectorAll<HTMLOptionElement>('[data-lane-select] option')) {
    if (o.value) actorSelect.append(new Option(o.text, o.value));
  }
  const actors = new Set([...actorSelect.options].map((o) => o.value).filter(Boolean));
  state.actor = options.actor && actors.has(options.actor) ? options.actor : null;

  // The map itself moves into the dialog (ids stay unique) and back on leaving.
  const placeholder = document.createComment('processkartan visas i presentationen');
  const gridStyle = grid.getAttribute('style');
  grid.replaceWith(placeholder);
  grid.style.removeProperty('transform');
  q('[data-p-fit]').append(grid);

  // Presenter view: notes from the map's JSON (the audience's page never has them).
  let notes: Notes | null = null;
  let notesFailed = false;
  if (speaker) {
    fetch(texts.dataset.mapJson ?? '')
      .then((r) => (r.ok ? (r.json() as Promise<Notes>) : Promise.reject(new Error(String(r.status)))))
      .then((n) => (notes = n))
      .catch(() => (notesFailed = true))
      .finally(() => render(false));
  }

  function fillList(ul: HTMLElement, items: string[] | undefined, empty: string) {
    ul.replaceChildren(
      ...(notes ? (items ?? []) : []).map((t) => Object.assign(document.createElement('li'), { textContent: t })),
    );
    if (!ul.children.length) {
      const text = notesFailed ? 'Frågorna kunde inte läsas in.' : notes ? empty : 'Läser in …';
      ul.append(Object.assign(document.createElement('li'), { textContent: text, className: 'present__none' }));
    }
  }

  function fit() {
    const stage = q('[data-p-stage]');
    const fitEl = q('[data-p-fit]');
    const box = { width: stage.clientWidth, height: stage.clientHeight };
    fitted = `${box.width}x${box.height}`;
    grid.style.transform = '';
    const measure = (w: number) => {
      grid.style.width = `${w}px`;
      return grid.offsetHeight;
    };
    const f = fitMap(box, measure);
    const h = measure(f.width);
    grid.style.transform = `scale(${f.scale})`;
    fitEl.style.width = `${f.width * f.scale}px`;
    fitEl.style.height = `${h * f.scale}px`;
    d.dataset.scale = String(Math.round(f.scale * 1000) / 1000);
  }
  let fitted = '';
  const resize = new ResizeObserver(() => {
    const stage = q('[data-p-stage]');
    const size = `${stage.clientWidth}x${stage.clientHeight}`;
    if (size !== fitted) fit();
  });

  function writeUrl() {
    const url: PresentationState = {
      open: true,
      step: state.step,
      speaker,
      reveal: state.reveal,
      actor: state.actor,
    };
    history.replaceState(history.state, '', `${location.pathname}${stateSearch(location.search, url)}${location.hash}`);
  }

  function render(announce: boolean) {
    const i = index();
    const s = steps[i];
    q('[data-p-counter]').textContent = counterText(i, steps.length);
    q('[data-p-phase]').textContent = s.phase;
    q('[data-p-title]').textContent = s.title;
    q('[data-p-actors]').textContent = s.actors;
    q('[data-p-speaker]').textContent = s.description;
    q('[data-p-handover]').textContent = s.handover;
    q('[data-p-handover]').hidden = !s.handover;
    q('[data-p-models]').replaceChildren(...(s.models ? [s.models.cloneNode(true)] : []));
    q('[data-p-progress]').style.width = `${((i + 1) / steps.length) * 100}%`;
    grid.querySelectorAll<HTMLElement>('[data-map-step]').forEach((card) => {
      const at = steps.findIndex((x) => x.id === card.id);
      if (card.id === s.id) card.setAttribute('aria-current', 'step');
      else card.removeAttribute('aria-current');
      card.classList.toggle('is-unrevealed', !isRevealed(at, i, state.reveal));
    });
    applyLaneFocus(grid, state.actor);
    actorSelect.value = state.actor ?? '';
    q('[data-act="reveal"]').setAttribute('aria-pressed', String(state.reveal));
    q('[data-act="blank"]').setAttribute('aria-pressed', String(state.blank));
    // The audience's screen goes black; the presenter keeps seeing their view.
    blankEl.hidden = speaker || !state.blank;
    d.classList.toggle('present--blanked', state.blank);
    if (speaker) {
      const n = steps[i + 1];
      q('[data-p-next-title]').textContent = n ? `${counterText(i + 1, steps.length)}: ${n.title}` : 'Sista steget.';
      q('[data-p-next-summary]').textContent = n
        ? (notes?.steps.find((x) => x.id === n.id)?.summary ?? '')
        : 'Efter det här steget är kartan genomgången.';
      fillList(q('[data-p-notes-step]'), notes?.steps.find((x) => x.id === s.id)?.notes, 'Inga frågor för steget.');
      fillList(
        q('[data-p-notes-phase]'),
        notes?.phases.find((x) => x.id === s.phaseId)?.notes,
        'Inga frågor för fasen.',
      );
    }
    d.dataset.step = s.id;
    slideEl.scrollTop = 0;
    // Restart the (motion-safe) fade on every step.
    slideEl.classList.remove('present__slide--enter');
    void slideEl.offsetWidth;
    slideEl.classList.add('present__slide--enter');
    // A button that has just been disabled would drop focus to <body>.
    const lost =
      (document.activeElement === prev && i === 0) || (document.activeElement === next && i === steps.length - 1);
    prev.disabled = i === 0;
    next.disabled = i === steps.length - 1;
    if (lost) slideEl.focus();
    writeUrl();
    if (announce) q('[data-p-live]').textContent = `${counterText(i, steps.length)}: ${s.title}`;
  }

  // Other windows of this presentation (presenter view ⇄ audience).
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;
  const post = (m: Message) => channel?.postMessage(m);
  const share = () => post({ type: 'state', state: { ...state } });
  if (channel) {
    channel.onmessage = (e: MessageEvent<Message>) => {
      if (e.data.type === 'hello') {
        // A window has just opened: the presenter view tells it where we are.
        if (speaker) share();
        return;
      }
      const next = e.data.state;
      if (!steps.some((s) => s.id === next.step)) return;
      const moved = next.step !== state.step;
      Object.assign(state, next, { actor: next.actor && actors.has(next.actor) ? next.actor : null });
      render(moved);
    };
  }

  /** A change made in this window: shown here and sent to the others. */
  function change(patch: Partial<Shared>, announce = false) {
    Object.assign(state, patch);
    render(announce);
    share();
  }

  function go(action: 'next' | 'prev' | 'first' | 'last') {
    const to = moveIndex(index(), action, steps.length);
    if (to === index()) return;
    change({ step: steps[to].id }, true);
  }

  function toggleBlank() {
    change({ blank: !state.blank });
    q('[data-p-live]').textContent = state.blank
      ? `${speaker ? 'Publikskärmen' : 'Skärmen'} är släckt. Tryck B eller punkt för att tända.`
      : `${speaker ? 'Publikskärmen' : 'Skärmen'} visas igen.`;
  }

  const openWindow = (asSpeaker: boolean, name: string) => {
    const url: PresentationState = {
      open: true,
      step: state.step,
      speaker: asSpeaker,
      reveal: state.reveal,
      actor: state.actor,
    };
    window.open(`${location.pathname}${stateSearch(location.search, url)}`, name);
  };

  let left = false;
  function leave() {
    if (left) return;
    left = true;
    document.removeEventListener('fullscreenchange', onFullscreen);
    resize.disconnect();
    clearInterval(clock);
    channel?.close();
    if (ownFullscreen && document.fullscreenElement) document.exitFullscreen().catch(() => {});
    d.close();
    grid.querySelectorAll('[data-map-step]').forEach((c) => {
      c.removeAttribute('aria-current');
      c.classList.remove('is-unrevealed');
    });
    if (gridStyle === null) grid.removeAttribute('style');
    else grid.setAttribute('style', gridStyle);
    placeholder.replaceWith(grid);
    d.remove();
    dialog = null;
    document.documentElement.classList.remove('present-open');
    const after = { ...readPresentation(''), actor: state.actor };
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${stateSearch(location.search, after)}${location.hash}`,
    );
    document.dispatchEvent(new CustomEvent('lanefocus:set', { detail: state.actor }));
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
    full?.focus();
  }
  function onFullscreen() {
    full?.setAttribute('aria-pressed', String(!!document.fullscreenElement));
    // Esc leaves browser fullscreen without reaching the page: leave the presentation too.
    if (!document.fullscreenElement && ownFullscreen && !reopening) {
      ownFullscreen = false;
      leave();
    }
  }
  document.addEventListener('fullscreenchange', onFullscreen);

  d.addEventListener('cancel', (e) => {
    e.preventDefault();
    if (state.blank) toggleBlank();
    else leave();
  });
  d.addEventListener('click', (e) => {
    const target = e.target as Element;
    // A card on the map makes its step current instead of leaving the presentation.
    const card = target.closest<HTMLElement>('[data-map-step]');
    if (card && target.closest('a')) {
      e.preventDefault();
      if (card.id !== state.step) change({ step: card.id }, true);
      return;
    }
    const act = target.closest<HTMLButtonElement>('[data-act]')?.dataset.act;
    if (act === 'prev' || act === 'next') go(act);
    else if (act === 'close') leave();
    else if (act === 'full') void toggleFullscreen();
    else if (act === 'blank') toggleBlank();
    else if (act === 'reveal') change({ reveal: !state.reveal });
    else if (act === 'reset') clockStart = Date.now();
    else if (act === 'speaker') openWindow(true, 'metodstod-talarvy');
    else if (act === 'audience') openWindow(false, 'metodstod-publik');
  });
  actorSelect.addEventListener('change', () => change({ actor: actorSelect.value || null }));
  d.addEventListener('keydown', (e) => {
    if (e.key === 'Tab') return wrapFocus(e);
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as Element;
    // The actor list keeps its own keys (arrows choose); Esc still leaves.
    if (t.closest('select') && e.key !== 'Escape') return;
    const onControl = t.closest('button, a');
    if (onControl && (e.key === ' ' || e.key === 'Enter')) return;
    const action = presentationKey(e.key, e.shiftKey);
    if (!action) return;
    e.preventDefault();
    if (action === 'close') {
      if (state.blank) toggleBlank();
      else leave();
    } else if (action === 'blank') toggleBlank();
    else go(action);
  });

  // Keep Tab cycling inside the presentation instead of leaving for the browser chrome.
  function wrapFocus(e: KeyboardEvent) {
    const items = [...d.querySelectorAll<HTMLElement>('button, a[href], select')].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null,
    );
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

  const clock = speaker
    ? setInterval(() => (q('[data-p-elapsed]').textContent = elapsedText(Date.now() - clockStart)), 1000)
    : undefined;

  document.body.append(d);
  document.documentElement.classList.add('present-open');
  d.showModal();
  full?.setAttribute('aria-pressed', String(!!document.fullscreenElement));
  render(false);
  fit();
  resize.observe(q('[data-p-stage]'));
  slideEl.focus();
  q('[data-p-live]').textContent =
    `${speaker ? 'Talarvyn' : 'Presentationen'} har startat. ${counterText(index(), steps.length)}: ${steps[index()].title}`;
  // The presenter view takes the lead; an audience window asks where the presentation is.
  if (speaker) share();
  else post({ type: 'hello' });
}
