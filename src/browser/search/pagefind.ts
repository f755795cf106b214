// Pagefind, loaded from the built site (dist/pagefind/) once per page: the index
// starts loading when someone reaches for a search field. Only the parts of its
// API the site uses are typed here.

/** One hit's data, as Pagefind returns it. */
export interface Hit {
  url: string;
  excerpt: string;
  content?: string;
  meta: { title?: string };
  filters?: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<Hit>;
}

/** Chosen filter values: { "Innehållstyp": { any: ["Sida"] } }. */
export type Filters = Record<string, { any: string[] }>;

export interface Pagefind {
  options(options: { excerptLength?: number; basePath?: string }): Promise<void>;
  init(): void;
  search(query: string, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
  /** Every filter with its values and their page counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; `base` is the site's base path with a trailing slash. */
export function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    pf.init();
    return pf;
  });
  return pagefind;
}
