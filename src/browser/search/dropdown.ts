// The header search field as a combobox: a listbox of up to 6 hits and a
// "show all" option that leads to the search page. Offline, a hit not in the
// offline copy is a disabled option that says so (no address to go to).
import { UNAVAILABLE } from '../../lib/offline/unavailable.ts';
import { prepareSearch, search, searchPageUrl, type SearchResult } from './query.ts';
import { correctionNote } from './render.ts';
import { esc, hitsText } from './text.ts';

export function initDropdown(input: HTMLInputElement, base: string): void {
  const form = input.form;
  if (!form) return;
  const list = document.createElement('ul');
  const status = document.createElement('p');
  list.id = 'sok-forslag';
  list.className = 'search-suggest';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Sökförslag');
  list.hidden = true;
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(list, status);
  const combobox = {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': list.id,
  };
  for (const [k, v] of Object.entries(combobox)) input.setAttribute(k, v);
  prepareSearch(base);

  let active = -1;
  let seq = 0;
  const options = () => [...list.querySelectorAll<HTMLElement>('[role=option]')];
  const close = () => {
    // A search still under way must not open the list again (its hits come in two renderings).
    seq++;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const move = (to: number) => {
    const opts = options();
    if (!opts.length) return;
    active = (to + opts.length) % opts.length;
    opts.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', opts[active].id);
    opts[active].scrollIntoView({ block: 'nearest' });
  };
  const go = (url: string | undefined) => {
    if (url) window.location.href = url;
  };

  const update = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (q.length < 2) {
      close();
      list.innerHTML = '';
      return;
    }
    // The hits named from the page list first, then with their sections and excerpts.
    const show = ({ total, hits, shownFor }: SearchResult) => {
      if (mine !== seq) return;
      const option = (id: string, url: string | undefined, html: string, cls = '') =>
        `<li role="option" id="sok-forslag-${id}" aria-selected="false"${url === undefined ? ' aria-disabled="true"' : ` data-url="${esc(url)}"`}${cls ? ` class="${cls}"` : ''}>${html}</li>`;
      // A corrected query says so first, as an option leading to the exact words on the search page.
      const note = shownFor
        ? option(
            'exakt',
            searchPageUrl(base, q, true),
            correctionNote(shownFor, q, searchPageUrl(base, q, true)).replace(/<\/?a\b[^>]*>/g, ''),
            'search-suggest__note',
          )
        : '';
      // A hit leads to its best matching section (a deep link), named after the page's title.
      // Pagefind's excerpt is HTML it has escaped itself (with <mark> around the matches).
      const hitOptions = hits.map((h, i) => {
        if (h.unavailable)
          return option(
            String(i),
            undefined,
            `<span class="search-suggest__title">${esc(h.meta.title ?? h.url)}</span><span class="search-suggest__unavailable">${UNAVAILABLE}</span>`,
          );
        const section = h.sections[0];
        const title = `${esc(h.meta.title ?? h.url)}${section ? ` <span class="search-suggest__section">› ${esc(section.title)}</span>` : ''}`;
        return option(
          String(i),
          section?.url ?? h.url,
          `<span class="search-suggest__title">${title}</span><span class="search-suggest__excerpt">${section?.excerpt ?? h.excerpt}</span>`,
        );
      });
      const all = option(
        'alla',
        searchPageUrl(base, q),
        total ? `Visa alla ${hitsText(total)}` : 'Inga träffar – sök på hela söksidan',
        'search-suggest__all',
      );
      const wasOpen = !list.hidden;
      list.innerHTML = note + hitOptions.join('') + all;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      // The second rendering of the same hits keeps the option chosen meanwhile.
      if (wasOpen && active >= 0) move(active);
      else active = -1;
      const corrected = shownFor ? `Visar träffar för ${shownFor}. ` : '';
      const said = total ? `${corrected}${hitsText(total)}. Använd pil upp och ned för att välja.` : 'Inga träffar.';
      // Said once: the same words again would be announced again.
      if (status.textContent !== said) status.textContent = said;
    };
    show(await search(base, q, {}, 6, { onPreview: show }));
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden) void update();
      else move(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(active - 1);
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else input.value = '';
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      go(options()[active].dataset.url);
    }
  });
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const opt = e.target instanceof Element ? e.target.closest('[role=option]') : null;
    if (opt instanceof HTMLElement) go(opt.dataset.url);
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  if (input.value.trim()) void update();
}
