// The checklist page: tick boxes kept in this browser, "clear ticks" and "print".
// The boxes are in the HTML but hidden until this runs (they need JavaScript).
import { readTicks, writeTicks, type TickStore } from '../lib/checklist-ticks.ts';

export function initTicks(root: ParentNode, storage: TickStore = window.localStorage): void {
  const ticks = readTicks(storage);
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-tick]')];
  const mark = (box: HTMLInputElement) => box.closest('li')?.classList.toggle('is-done', box.checked);
  for (const box of boxes) {
    box.hidden = false;
    box.checked = ticks.has(box.value);
    mark(box);
    box.addEventListener('change', () => {
      if (box.checked) ticks.add(box.value);
      else ticks.delete(box.value);
      mark(box);
      writeTicks(storage, ticks);
    });
  }
  root.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => {
    el.hidden = false;
  });
  root.querySelector('[data-reset-ticks]')?.addEventListener('click', () => {
    ticks.clear();
    writeTicks(storage, ticks);
    for (const box of boxes) {
      box.checked = false;
      box.closest('li')?.classList.remove('is-done');
    }
  });
  root.querySelector('[data-print]')?.addEventListener('click', () => window.print());
}
