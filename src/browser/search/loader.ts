// The header search field's loader, on every page. Astro inlines it (a processed
// script without imports, under the inline limit), so a content page loads no
// JavaScript file: the search module (its URL in the form's data-module) is
// fetched only when someone reaches for the field, by "/" or focus.
// Keep it free of runtime imports: one would make Astro emit it as a file.
import type * as SearchModule from './index.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name=q]');
if (form && input) {
  const { module: src = '', base = '/' } = form.dataset;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= (import(/* @vite-ignore */ src) as Promise<typeof SearchModule>).then((m) =>
      m.initDropdown(input, base),
    ));
  input.addEventListener('focus', () => void load(), { once: true });
  document.addEventListener('keydown', (e) => {
    const t = e.target;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    input.focus();
  });
}
