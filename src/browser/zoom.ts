// Zoom, pan and fullscreen for the process map and Mermaid diagrams
// (`[data-zoom]`, `figure.diagram[data-diagram]`). Progressive enhancement:
// without this script the content is simply shown at its natural size.
import { clampScale, fitScale, percent, scrollForZoom, stepScale, zoomKey } from '../lib/zoom.ts';

const BUTTONS = [
  ['in', 'Zooma in', '+'],
  ['out', 'Zooma ut', '−'],
  ['fit', 'Anpassa', '↔'],
  ['reset', 'Återställ', '↺'],
  ['full', 'Helskärm', '⤢'],
] as const;
type Command = (typeof BUTTONS)[number][0];

let count = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text = '') {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function enhance(host: HTMLElement) {
  const content = host.querySelector<HTMLElement>(':scope > [data-zoom-content], :scope > .diagram__svg');
  if (content && !('zoomReady' in host.dataset)) setup(host, content);
}

function setup(host: HTMLElement, content: HTMLElement) {
  host.dataset.zoomReady = '';
  const n = ++count;
  const label = host.dataset.zoomLabel ?? 'Diagrammet';

  const bar = el('div', { class: 'zoom__bar', role: 'group', 'aria-label': `Zoom: ${label}` });
  const buttons = new Map<Command, HTMLButtonElement>();
  for (const [cmd, text, icon] of BUTTONS) {
    const b = el('button', { type: 'button', class: 'zoom__button', 'data-zoom-cmd': cmd });
    b.append(el('span', { 'aria-hidden': 'true', class: 'zoom__icon' }, icon), ` ${text}`);
    buttons.set(cmd, b);
    bar.append(b);
  }
  buttons.get('full')!.setAttribute('aria-pressed', 'false');
  const level = el('output', { class: 'zoom__level', 'aria-live': 'polite' }, percent(1));
  const hint = el(
    'p',
    { class: 'zoom__hint', id: `zoom-hint-${n}` },
    'Tangenterna + och − zoomar, 0 återställer. Ctrl + mushjul zoomar, dra för att flytta.',
  );
  bar.append(level);

  const viewport = el('div', {
    class: 'zoom__viewport',
    tabindex: '0',
    role: 'group',
    'aria-label': label,
    'aria-describedby': hint.id,
  });
  const sizer = el('div', { class: 'zoom__sizer' });
  content.replaceWith(viewport);
  sizer.append(content);
  viewport.append(sizer);
  viewport.before(bar, hint);
  host.classList.add('zoom');

  let scale = 1;
  let natural: { width: number; height: number } | null = null;
  const measure = () => (natural ??= { width: content.offsetWidth, height: content.offsetHeight });
  const isFull = () => document.fullscreenElement === host || host.classList.contains('zoom--overlay');

  function apply(next: number, anchor?: { x: number; y: number }) {
    const from = scale;
    scale = clampScale(next);
    const { scrollLeft, scrollTop } = viewport;
    if (scale === 1 && !isFull()) {
      // Back to the untouched, fluid layout.
      natural = null;
      content.style.removeProperty('width');
      content.style.removeProperty('transform');
      sizer.style.removeProperty('width');
      sizer.style.removeProperty('height');
      host.classList.remove('zoom--zoomed');
    } else {
      const size = measure();
      content.style.width = `${size.width}px`;
      content.style.transform = `scale(${scale})`;
      sizer.style.width = `${size.width * scale}px`;
      sizer.style.height = `${size.height * scale}px`;
      host.classList.add('zoom--zoomed');
    }
    const a = anchor ?? { x: viewport.clientWidth / 2, y: viewport.clientHeight / 2 };
    viewport.scrollLeft = scrollForZoom(scrollLeft, a.x, from, scale);
    viewport.scrollTop = scrollForZoom(scrollTop, a.y, from, scale);
    level.textContent = percent(scale);
    host.dataset.zoomScale = String(scale);
  }

  function fit() {
    const size = measure();
    const box = isFull()
      ? { width: viewport.clientWidth, height: viewport.clientHeight }
      : { width: viewport.clientWidth, height: window.innerHeight * 0.8 };
    apply(fitScale(size, box));
    viewport.scrollTo(0, 0);
  }

  function setFull(on: boolean) {
    if (on && host.requestFullscreen && document.fullscreenEnabled) {
      host.requestFullscreen().catch(() => setOverlay(true));
    } else if (on) setOverlay(true);
    else if (document.fullscreenElement === host) document.exitFullscreen().catch(() => {});
    else setOverlay(false);
  }
  // Fallback where the Fullscreen API is missing or refused: a fixed, full-window layer.
  function setOverlay(on: boolean) {
    host.classList.toggle('zoom--overlay', on);
    document.documentElement.classList.toggle('zoom-overlay-open', on);
    fullChanged();
  }
  function fullChanged() {
    const on = isFull();
    buttons.get('full')!.setAttribute('aria-pressed', String(on));
    if (on) requestAnimationFrame(fit);
    else apply(1);
  }
  document.addEventListener('fullscreenchange', () => {
    if (document.fullscreenElement === host || buttons.get('full')!.getAttribute('aria-pressed') === 'true')
      fullChanged();
  });

  const run = (cmd: Command | 'reset') => {
    if (cmd === 'in') apply(stepScale(scale, 1));
    else if (cmd === 'out') apply(stepScale(scale, -1));
    else if (cmd === 'fit') fit();
    else if (cmd === 'reset') {
      apply(1);
      viewport.scrollTo(0, 0);
    } else if (cmd === 'full') setFull(!isFull());
  };
  bar.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('[data-zoom-cmd]');
    if (b) run(b.dataset.zoomCmd as Command);
  });

  host.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && host.classList.contains('zoom--overlay')) {
      setOverlay(false);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const action = zoomKey(e.key);
    if (!action) return;
    e.preventDefault();
    run(action);
  });

  // Ctrl + wheel (and trackpad pinch, which browsers report the same way) zooms at the pointer.
  viewport.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      const r = viewport.getBoundingClientRect();
      apply(scale * Math.exp(-e.deltaY * 0.002), { x: e.clientX - r.left, y: e.clientY - r.top });
    },
    { passive: false },
  );

  // Drag with the mouse to pan; touch already pans natively (overflow: auto).
  let drag: { x: number; y: number; left: number; top: number; moved: boolean } | null = null;
  let swallowClick = false;
  // The click that ends a drag must not follow a link on the map.
  viewport.addEventListener(
    'click',
    (e) => {
      if (swallowClick) {
        e.preventDefault();
        e.stopPropagation();
        swallowClick = false;
      }
    },
    { capture: true },
  );
  viewport.addEventListener('pointerdown', (e) => {
    swallowClick = false;
    if (e.pointerType !== 'mouse' || e.button !== 0) return;
    if (viewport.scrollWidth <= viewport.clientWidth && viewport.scrollHeight <= viewport.clientHeight) return;
    drag = { x: e.clientX, y: e.clientY, left: viewport.scrollLeft, top: viewport.scrollTop, moved: false };
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      viewport.setPointerCapture(e.pointerId);
      viewport.classList.add('zoom__viewport--dragging');
    }
    viewport.scrollLeft = drag.left - dx;
    viewport.scrollTop = drag.top - dy;
  });
  const endDrag = () => {
    swallowClick = !!drag?.moved;
    viewport.classList.remove('zoom__viewport--dragging');
    drag = null;
  };
  viewport.addEventListener('pointerup', endDrag);
  viewport.addEventListener('pointercancel', endDrag);
  viewport.addEventListener('dragstart', (e) => {
    if (host.classList.contains('zoom--zoomed')) e.preventDefault();
  });

  // The measured size is stale once the window (and so the fluid layout) changes.
  window.addEventListener('resize', () => {
    if (scale !== 1 && !isFull()) {
      const s = scale;
      apply(1);
      apply(s);
    }
  });
}

export function enhanceAll(root: ParentNode = document) {
  root.querySelectorAll<HTMLElement>('[data-zoom], figure.diagram[data-diagram]').forEach(enhance);
}
