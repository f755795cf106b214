// @ts-check
// Ticks on the checklist, kept only in this browser (localStorage): no
// personal data, nothing sent anywhere.

export const STORAGE_KEY = 'metodstod:checklista:v1';

/** @typedef {Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>} Store */

/** Pure: the set of ticked ids stored under STORAGE_KEY (tolerates junk). @param {Store} storage @returns {Set<string>} */
export function readTicks(storage) {
  try {
    const v = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((/** @type {unknown} */ x) => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

/** @param {Store} storage @param {Set<string>} ticks */
export function writeTicks(storage, ticks) {
  if (ticks.size) storage.setItem(STORAGE_KEY, JSON.stringify([...ticks].sort()));
  else storage.removeItem(STORAGE_KEY);
}

/** @param {ParentNode} root @param {Store} [storage] */
export function initTicks(root, storage = window.localStorage) {
  const ticks = readTicks(storage);
  const boxes = /** @type {HTMLInputElement[]} */ ([...root.querySelectorAll('input[data-tick]')]);
  for (const box of boxes) {
    box.hidden = false;
    box.checked = ticks.has(box.value);
    box.closest('li')?.classList.toggle('is-done', box.checked);
    box.addEventListener('change', () => {
      box.checked ? ticks.add(box.value) : ticks.delete(box.value);
      box.closest('li')?.classList.toggle('is-done', box.checked);
      writeTicks(storage, ticks);
    });
  }
  root.querySelectorAll('[data-needs-js]').forEach((/** @type {Element} */ el) => { /** @type {HTMLElement} */ (el).hidden = false; });
  root.querySelector('[data-reset-ticks]')?.addEventListener('click', () => {
    ticks.clear();
    writeTicks(storage, ticks);
    for (const box of boxes) { box.checked = false; box.closest('li')?.classList.remove('is-done'); }
  });
  root.querySelector('[data-print]')?.addEventListener('click', () => window.print());
}
