// Ranking by what a page is: how much a match in a page's title (its topic)
// counts, per content type, so the page that IS the topic comes first — a
// model or theme page before an actor card or a process step that mentions it.
// Each content type declares its weight (`search` in src/content-types/); the
// pages that are no type's entry (the start page and two section pages) are
// weighed here. They become Pagefind meta weights (ranking.ts), never a weight
// on a single page. Build time: the browser gets them in a file next to the index.
import { CONTENT_TYPES } from '../../content-types/index.ts';

export interface TypeSearchWeight {
  /** Boost when the query matches the page's title (or another name of it in the glossary). */
  title: number;
  /** Boost when the query matches a term the page defines (<dt>, <dfn>): the glossary. */
  defines?: number;
  /** Boost when the query matches a section heading (h2, h3): pages of many short entries, such as the checklist. */
  headings?: number;
}

/** Section pages that list a type rather than being one of its entries (src/pages/…/index.astro, src/pages/index.astro). */
const INDEX_PAGES: Readonly<Record<string, TypeSearchWeight>> = {
  Översikt: { title: 8 }, // /samverkansmodeller/
  Processkarta: { title: 8 }, // /processkarta/
  Start: { title: 4 },
};

/** Keyed by the page's "Innehållstyp" filter value (the `type` of <Base> in src/pages). */
export const TYPE_WEIGHTS: Readonly<Record<string, TypeSearchWeight>> = {
  ...Object.fromEntries(
    CONTENT_TYPES.flatMap((t) => ('search' in t && t.search ? [[t.search.type, t.search.weight]] : [])),
  ),
  ...INDEX_PAGES,
};
