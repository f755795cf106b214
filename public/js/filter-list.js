// @ts-check
// Filters a server-rendered list by <select>s: an item shows when, for every
// chosen value, its data-<name> attribute (space-separated) contains it.
// Sections left empty are hidden; the count is announced.

/**
 * Pure: does an item with these values match the chosen filters?
 * @param {Record<string, string | undefined>} values @param {Record<string, string>} chosen
 */
export function matches(values, chosen) {
  return Object.entries(chosen).every(([name, want]) => !want || (values[name] ?? '').split(' ').includes(want));
}

/** @param {HTMLFormElement} form @param {{ item?: string, section?: string, noun?: [string, string] }} [opts] */
export function initFilters(form, { item = '[data-filter-item]', section = '[data-filter-section]', noun = ['punkt', 'punkter'] } = {}) {
  const root = form.closest('main') ?? document;
  const items = /** @type {HTMLElement[]} */ ([...root.querySelectorAll(item)]);
  const sections = /** @type {HTMLElement[]} */ ([...root.querySelectorAll(section)]);
  const status = /** @type {HTMLElement} */ (form.querySelector('[role=status]'));
  const selects = /** @type {HTMLSelectElement[]} */ ([...form.querySelectorAll('select')]);
  const apply = () => {
    const chosen = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    let shown = 0;
    for (const el of items) {
      el.hidden = !matches({ ...el.dataset }, chosen);
      if (!el.hidden) shown += 1;
    }
    for (const s of sections) s.hidden = !s.querySelector(`${item}:not([hidden])`);
    status.textContent = `Visar ${shown} av ${items.length} ${items.length === 1 ? noun[0] : noun[1]}.`;
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (/** @type {Event} */ e) => e.preventDefault());
  apply();
}
