// The search page (/sok/?q=…): query from ?q=, filters from Pagefind, results in a list.
// Offline, a hit not in the offline copy is listed by name, unlinked, and says so.
import type { Hit } from '../../lib/search/engine.ts';
import { UNAVAILABLE } from '../../lib/offline/unavailable.ts';
import { loadPagefind, type Filters } from './pagefind.ts';
import { prepareSearch, search, searchPageUrl } from './query.ts';
import { correctionNote, sectionLinks } from './render.ts';
import { esc, hitsText } from './text.ts';

export async function initSearchPage(form: HTMLFormElement, out: HTMLElement, base: string): Promise<void> {
  const input = form.elements.namedItem('q');
  if (!(input instanceof HTMLInputElement)) return;
  const filterBox = document.createElement('div');
  filterBox.className = 'search-filters';
  form.after(filterBox);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  // ?exakt: the words as typed, as the correction note's link asks; typing again searches normally.
  let exact = params.has('exakt');
  // The count is the page's only live region, present before the first search so it is announced.
  const count = document.createElement('p');
  count.className = 'search-count';
  count.setAttribute('role', 'status');
  const results = document.createElement('div');
  out.append(count, results);

  prepareSearch(base);
  const pf = await loadPagefind(base);
  const available = await pf.filters();
  filterBox.innerHTML = Object.entries(available)
    .filter(([, v]) => Object.keys(v).length > 1)
    .map(
      ([name, values]) =>
        `<fieldset><legend>${esc(name)}</legend>${Object.entries(values)
          .sort(([a], [b]) => a.localeCompare(b, 'sv'))
          .map(
            ([v, n], i) =>
              `<label><input type="checkbox" name="${esc(name)}" value="${esc(v)}" id="f-${esc(name)}-${i}"> ${esc(v)} <span class="muted">(${n})</span></label>`,
          )
          .join('')}</fieldset>`,
    )
    .join('');

  const selected = () => {
    const f: Filters = {};
    filterBox.querySelectorAll<HTMLInputElement>('input:checked').forEach((box) => {
      (f[box.name] ??= { any: [] }).any.push(box.value);
    });
    return f;
  };

  // Pagefind's excerpt is HTML it has escaped itself (with <mark> around the matches).
  const type = (h: Hit) =>
    h.filters?.['Innehållstyp'] ? `<p class="muted">${esc(h.filters['Innehållstyp'].join(', '))}</p>` : '';
  const result = (h: Hit) =>
    h.unavailable
      ? `<li class="search-results__unavailable"><h2>${esc(h.meta.title ?? h.url)}</h2><p class="search-unavailable">${UNAVAILABLE}</p>${h.excerpt ? `<p>${h.excerpt}</p>` : ''}${type(h)}</li>`
      : `<li><h2><a href="${esc(h.url)}">${esc(h.meta.title ?? h.url)}</a></h2><p>${h.excerpt}</p>${sectionLinks(h.sections)}${type(h)}</li>`;

  const run = async () => {
    const q = input.value.trim();
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}${exact ? '&exakt' : ''}` : location.pathname);
    if (!q) {
      count.textContent = 'Skriv ett sökord.';
      results.innerHTML = '';
      out.dataset.query = '';
      return;
    }
    const { total, hits, shownFor } = await search(base, q, selected(), 30, { exact });
    if (input.value.trim() !== q) return; // a newer query is on its way
    const found = total ? `${hitsText(total)} för <strong>${esc(shownFor ?? q)}</strong>` : '';
    count.innerHTML = shownFor
      ? `${found}. ${correctionNote(shownFor, q, searchPageUrl(base, q, true))}`
      : total
        ? found
        : `Inga träffar för <strong>${esc(q)}</strong>. Kontrollera stavningen eller pröva ett annat ord.`;
    results.innerHTML = hits.length ? `<ol class="search-results">${hits.map(result).join('')}</ol>` : '';
    out.dataset.query = q;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    exact = false;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  filterBox.addEventListener('change', () => void run());
  await run();
}
