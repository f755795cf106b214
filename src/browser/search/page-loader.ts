// The search page's loader: the same search module as the header field (its URL
// in the form's data-module), so both share one Pagefind instance.
// Keep it free of runtime imports (see loader.ts).
import type * as SearchModule from './index.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
const out = document.querySelector<HTMLElement>('[data-search-results]');
if (form && out) {
  const { module: src = '', base = '/' } = form.dataset;
  void (import(/* @vite-ignore */ src) as Promise<typeof SearchModule>).then((m) => m.initSearchPage(form, out, base));
}
