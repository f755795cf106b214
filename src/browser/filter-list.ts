// Filters a server-rendered list by <select>s (the form of FilterBar.astro): an
// item shows when it matches every chosen value (src/lib/filter-match.ts).
// Sections left empty are hidden; the count is announced.
import { matches } from '../lib/filter-match.ts';

export interface FilterOptions {
  item?: string;
  section?: string;
  noun?: [one: string, many: string];
}

export function initFilters(
  form: HTMLFormElement,
  { item = '[data-filter-item]', section = '[data-filter-section]', noun = ['punkt', 'punkter'] }: FilterOptions = {},
): void {
  const root = form.closest('main') ?? document;
  const items = [...root.querySelectorAll<HTMLElement>(item)];
  const sections = [...root.querySelectorAll<HTMLElement>(section)];
  const status = form.querySelector<HTMLElement>('[role=status]');
  const selects = [...form.querySelectorAll('select')];
  const apply = () => {
    const chosen = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    let shown = 0;
    for (const el of items) {
      el.hidden = !matches({ ...el.dataset }, chosen);
      if (!el.hidden) shown += 1;
    }
    for (const s of sections) s.hidden = !s.querySelector(`${item}:not([hidden])`);
    if (status) status.textContent = `Visar ${shown} av ${items.length} ${items.length === 1 ? noun[0] : noun[1]}.`;
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
