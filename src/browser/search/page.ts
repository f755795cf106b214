// The search page (/sok/?q=…): query from ?q=, filters from Pagefind, results in a list.
import { loadPagefind, type Filters } from './pagefind.ts';
import { search } from './query.ts';
import { esc, hitsText } from './text.ts';

export async function initSearchPage(form: HTMLFormElement, out: HTMLElement, base: string): Promise<void> {
  const input = form.elements.namedItem('q');
  if (!(input instanceof HTMLInputElement)) return;
  const filterBox = document.createElement('div');
  filterBox.className = 'search-filters';
  form.after(filterBox);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

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

  const run = async () => {
    const q = input.value.trim();
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    if (!q) {
      out.innerHTML = '<p>Skriv ett sökord.</p>';
      return;
    }
    const { total, hits } = await search(base, q, selected(), 30);
    const count = total
      ? `${hitsText(total)} för <strong>${esc(q)}</strong>`
      : `Inga träffar för <strong>${esc(q)}</strong>. Kontrollera stavningen – å, ä och ö räknas som egna bokstäver.`;
    // Pagefind's excerpt is HTML it has escaped itself (with <mark> around the matches).
    const list = hits.length
      ? `<ol class="search-results">${hits
          .map(
            (h) =>
              `<li><h2><a href="${esc(h.url)}">${esc(h.meta.title ?? h.url)}</a></h2><p>${h.excerpt}</p>${h.filters?.['Innehållstyp'] ? `<p class="muted">${esc(h.filters['Innehållstyp'].join(', '))}</p>` : ''}</li>`,
          )
          .join('')}</ol>`
      : '';
    out.innerHTML = `<p class="search-count">${count}</p>${list}`;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  filterBox.addEventListener('change', () => void run());
  await run();
}
