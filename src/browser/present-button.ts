// The "Presentera" and "Talarvy" buttons (PresentButton.astro): open the
// process map as a presentation or the presenter view, also on ?presentation
// (&talare) in the URL. The presentation module itself loads on demand.
import { readPresentation } from '../lib/presentation.ts';

const box = document.querySelector<HTMLElement>('[data-present-buttons]');
const button = document.querySelector<HTMLButtonElement>('[data-present]');
const speaker = document.querySelector<HTMLButtonElement>('[data-present-speaker]');
const load = () => import('./presentation.ts');
const actor = () => readPresentation(location.search).actor;
if (box && button && speaker) {
  box.hidden = false;
  // Fetch the module as soon as a button is approached, so the click finds it ready.
  for (const b of [button, speaker]) {
    b.addEventListener('pointerenter', () => void load(), { once: true });
    b.addEventListener('focus', () => void load(), { once: true });
  }
  button.addEventListener('click', () => {
    const root = document.documentElement;
    // Ask for fullscreen while the click still counts as a user gesture.
    const fullscreen =
      document.fullscreenEnabled && !document.fullscreenElement
        ? root.requestFullscreen().then(
            () => true,
            () => false,
          )
        : Promise.resolve(false);
    void Promise.all([load(), fullscreen]).then(([m, isFull]) =>
      m.openPresentation({ opener: button, fullscreen: isFull, actor: actor() }),
    );
  });
  speaker.addEventListener('click', () => {
    void load().then((m) => m.openPresentation({ opener: speaker, speaker: true, actor: actor() }));
  });
}
const state = readPresentation(location.search);
if (state.open) void load().then((m) => m.openPresentation({ ...state, opener: state.speaker ? speaker : button }));
