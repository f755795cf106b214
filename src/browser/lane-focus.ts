// Lane focus on the process map: highlights the steps one actor leads and
// dims the rest. The state lives in the URL (?aktor=<id>) so a facilitator
// can share or reload it; the presentation applies the same function.
import { readPresentation, stateSearch } from '../lib/presentation.ts';

/** Marks the cards and lane of `actor` (null: none); returns how many steps it leads. */
export function applyLaneFocus(grid: ParentNode, actor: string | null): number {
  let count = 0;
  for (const el of grid.querySelectorAll<HTMLElement>('[data-map-step], .pmap__lane')) {
    const mine = actor !== null && el.dataset.lane === actor;
    if (mine && el.matches('[data-map-step]')) count++;
    el.classList.toggle('is-focus', mine);
    el.classList.toggle('is-dim', actor !== null && !mine && el.matches('[data-map-step]'));
  }
  return count;
}

export const laneStatus = (name: string, count: number) =>
  `Markerat: ${name} ansvarar för ${count} steg. Övriga steg är nedtonade.`;

/** The page's own control, above the map. */
export function initLaneFocus() {
  const box = document.querySelector<HTMLElement>('[data-lane-focus]');
  const select = box?.querySelector<HTMLSelectElement>('[data-lane-select]');
  const status = box?.querySelector<HTMLElement>('[data-lane-status]');
  if (!box || !select || !status) return;
  box.hidden = false;
  const known = new Set([...select.options].map((o) => o.value));
  const set = (actor: string | null, write: boolean) => {
    const id = actor && known.has(actor) ? actor : null;
    select.value = id ?? '';
    const count = applyLaneFocus(document, id);
    status.textContent = id ? laneStatus(select.selectedOptions[0].text, count) : '';
    if (write) {
      const state = { ...readPresentation(location.search), actor: id };
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${stateSearch(location.search, state)}${location.hash}`,
      );
    }
    return id;
  };
  set(readPresentation(location.search).actor, false);
  select.addEventListener('change', () => {
    const id = set(select.value || null, true);
    document.dispatchEvent(new CustomEvent('lanefocus', { detail: id }));
  });
  document.addEventListener('lanefocus:set', (e) => set((e as CustomEvent<string | null>).detail, false));
}
