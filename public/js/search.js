// @ts-check
// Site search on Pagefind: results as you type in the header (a combobox),
// and the full search page (/sok/?q=…) with filters. Loaded on demand only.

/** @typedef {{ url: string, excerpt: string, meta: { title?: string }, filters?: Record<string, string[]> }} Hit */

/** @type {Promise<any> | undefined} */
let pagefind;
/** Loads Pagefind once (the index starts loading when the field gets focus). @param {string} base */
export function loadPagefind(base) {
  pagefind ??= import(`${base}pagefind/pagefind.js`).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    pf.init();
    return pf;
  });
  return pagefind;
}

/** @param {unknown} s */
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** @param {number} n */
const hitsText = (n) => (n === 1 ? '1 träff' : `${n} träffar`);

/**
 * Ways to read a long single word as two words ("kvotflyktingmottagande" →
 * "kvotflykting mottagande"), with and without a linking s. Pure.
 */
/** @param {string} query @returns {string[]} */
export function compoundSplits(query, min = 4) {
  const w = query.trim().toLocaleLowerCase('sv');
  if (!/^\p{L}{10,}$/u.test(w)) return [];
  const out = [];
  for (let p = min; p <= w.length - min; p++) {
    const head = w.slice(0, p), tail = w.slice(p);
    out.push(`${head} ${tail}`);
    if (head.endsWith('s') && head.length > min) out.push(`${head.slice(0, -1)} ${tail}`);
  }
  return out;
}

/**
 * Runs a search and returns the first `limit` hits with their data. A compound
 * the site never writes as one word still finds pages with its parts: when the
 * word alone finds little, the split that finds most is added after its hits.
 */
/** @param {string} base @param {string} query @param {Record<string, unknown>} [filters] */
export async function search(base, query, filters = {}, limit = 8) {
  const pf = await loadPagefind(base);
  /** @type {{ id: string, data: () => Promise<Hit> }[]} */
  let results = (await pf.search(query, { filters }))?.results ?? [];
  if (results.length < 3) {
    /** @type {typeof results} */
    let best = [];
    for (const q of compoundSplits(query)) {
      const r = (await pf.search(q, { filters }))?.results ?? [];
      if (r.length > best.length) best = r;
    }
    const seen = new Set(results.map((r) => r.id));
    results = [...results, ...best.filter((r) => !seen.has(r.id))];
  }
  const hits = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return { total: results.length, hits: /** @type {Hit[]} */ (hits) };
}

/** Header field: a combobox with a listbox of up to 6 hits and a "show all" option. */
/** @param {HTMLInputElement} input @param {string} base */
export function initDropdown(input, base) {
  const form = /** @type {HTMLFormElement} */ (input.form);
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
  Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': list.id })
    .forEach(([k, v]) => input.setAttribute(k, v));
  loadPagefind(base);

  let active = -1;
  let seq = 0;
  const options = () => /** @type {HTMLElement[]} */ ([...list.querySelectorAll('[role=option]')]);
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  /** @param {number} to */
  const move = (to) => {
    const opts = options();
    if (!opts.length) return;
    active = (to + opts.length) % opts.length;
    opts.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', opts[active].id);
    opts[active].scrollIntoView({ block: 'nearest' });
  };
  /** @param {string | undefined} url */
  const go = (url) => { if (!url) return; window.location.href = url; };

  const update = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (q.length < 2) { close(); list.innerHTML = ''; return; }
    const { total, hits } = await search(base, q, {}, 6);
    if (mine !== seq) return;
    const all = `${base}sok/?q=${encodeURIComponent(q)}`;
    list.innerHTML = hits.map((h, i) =>
      `<li role="option" id="sok-forslag-${i}" aria-selected="false" data-url="${esc(h.url)}"><span class="search-suggest__title">${esc(h.meta.title ?? h.url)}</span><span class="search-suggest__excerpt">${h.excerpt}</span></li>`,
    ).join('') + `<li role="option" id="sok-forslag-alla" aria-selected="false" data-url="${esc(all)}" class="search-suggest__all">${total ? `Visa alla ${hitsText(total)}` : 'Inga träffar – sök på hela söksidan'}</li>`;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    status.textContent = total ? `${hitsText(total)}. Använd pil upp och ned för att välja.` : 'Inga träffar.';
  };

  input.addEventListener('input', update);
  input.addEventListener('keydown', (/** @type {KeyboardEvent} */ e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) update(); else move(active + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(active - 1); }
    else if (e.key === 'Escape') { if (!list.hidden) { e.preventDefault(); close(); } else input.value = ''; }
    else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); go(options()[active].dataset.url); }
  });
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const opt = /** @type {HTMLElement} */ (e.target).closest('[role=option]');
    if (opt instanceof HTMLElement && opt.dataset.url) go(opt.dataset.url);
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  if (input.value.trim()) update();
}

/** The search page: query from ?q=, filters from Pagefind, results in a list. */
/** @param {HTMLFormElement} form @param {HTMLElement} out @param {string} base */
export async function initSearchPage(form, out, base) {
  const input = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
  const filterBox = document.createElement('div');
  filterBox.className = 'search-filters';
  form.after(filterBox);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  const pf = await loadPagefind(base);
  const available = await pf.filters();
  filterBox.innerHTML = Object.entries(available).filter(([, v]) => Object.keys(v).length > 1).map(([name, values]) =>
    `<fieldset><legend>${esc(name)}</legend>${Object.entries(values).sort(([a], [b]) => a.localeCompare(b, 'sv')).map(([v, n], i) =>
      `<label><input type="checkbox" name="${esc(name)}" value="${esc(v)}" id="f-${esc(name)}-${i}"> ${esc(v)} <span class="muted">(${n})</span></label>`).join('')}</fieldset>`).join('');

  const selected = () => {
    /** @type {Record<string, {any: string[]}>} */
    const f = {};
    filterBox.querySelectorAll('input:checked').forEach((c) => {
      const box = /** @type {HTMLInputElement} */ (c);
      (f[box.name] ??= { any: [] }).any.push(box.value);
    });
    return f;
  };

  const run = async () => {
    const q = input.value.trim();
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    if (!q) { out.innerHTML = '<p>Skriv ett sökord.</p>'; return; }
    const { total, hits } = await search(base, q, selected(), 30);
    out.innerHTML = `<p class="search-count">${total ? `${hitsText(total)} för <strong>${esc(q)}</strong>` : `Inga träffar för <strong>${esc(q)}</strong>. Kontrollera stavningen – å, ä och ö räknas som egna bokstäver.`}</p>` +
      (hits.length ? `<ol class="search-results">${hits.map((h) =>
        `<li><h2><a href="${esc(h.url)}">${esc(h.meta.title ?? h.url)}</a></h2><p>${h.excerpt}</p>${h.filters?.['Innehållstyp'] ? `<p class="muted">${esc(h.filters['Innehållstyp'].join(', '))}</p>` : ''}</li>`).join('')}</ol>` : '');
  };
  form.addEventListener('submit', (/** @type {Event} */ e) => { e.preventDefault(); run(); });
  input.addEventListener('input', () => { clearTimeout(/** @type {any} */ (input).t); /** @type {any} */ (input).t = setTimeout(run, 150); });
  filterBox.addEventListener('change', run);
  await run();
}
