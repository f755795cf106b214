// The "Presentera" button (PresentButton.astro): opens the process map as a
// presentation, also on ?presentation in the URL. The presentation module
// itself loads on demand.
import { readPresentation } from '../lib/presentation.ts';

const button = document.querySelector<HTMLButtonElement>('[data-present]');
const load = () => import('./presentation.ts');
if (button) {
  button.hidden = false;
  // Fetch the module as soon as the button is approached, so the click finds it ready.
  button.addEventListener('pointerenter', () => void load(), { once: true });
  button.addEventListener('focus', () => void load(), { once: true });
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
      m.openPresentation({ opener: button, fullscreen: isFull }),
    );
  });
}
const state = readPresentation(location.search);
if (state.open) void load().then((m) => m.openPresentation({ step: state.step, opener: button }));
