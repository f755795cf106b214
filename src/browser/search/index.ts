// The search module, loaded by URL on demand (src/browser/search/loader.ts in
// the header, the search page's script): never before someone uses search.
// Bundled to a hashed file by src/integrations/browser-modules.ts.
export { initDropdown } from './dropdown.ts';
export { initSearchPage } from './page.ts';
export { search } from './query.ts';
export { loadPagefind } from './pagefind.ts';
