// Ranking by what a page is: how much a match in a page's title (its topic)
// counts, per content type, so the page that IS the topic comes first — a
// model or theme page before an actor card or a process step that mentions it.
// The one place these weights are declared; they become Pagefind meta weights
// (ranking.ts), never a weight on a single page.
// TODO(#11): move into the per-type declarations in src/content-types/ when they land.

/** Pagefind's own boost for a title match (its default `metaWeights.title`). */
export const DEFAULT_TITLE_WEIGHT = 5;

export interface TypeSearchWeight {
  /** Boost when the query matches the page's title (or a glossary variant of it). */
  title: number;
  /** Boost when the query matches a term the page defines (<dfn>): the glossary. */
  defines?: number;
  /** Boost when the query matches a section heading (h2, h3): pages of many short entries, such as the checklist. */
  headings?: number;
}

/** Keyed by the page's "Innehållstyp" filter value (src/pages/…: the `type` of <Base>). */
export const TYPE_WEIGHTS: Readonly<Record<string, TypeSearchWeight>> = {
  // What the site is for: the models and the theme pages.
  Samverkansmodell: { title: 12 },
  Sida: { title: 12 },
  Processkarta: { title: 8 },
  Översikt: { title: 8 },
  // Cards and steps: the topic when their own title matches, after the pages above.
  Aktör: { title: 8 },
  Processteg: { title: 6 },
  Checklista: { title: 6, headings: 6 },
  // The glossary: the page for a term's definition when no page above is about the term.
  Begrepp: { title: 6, defines: 5 },
  Dokument: { title: 4 },
  Länksamling: { title: 4 },
  Start: { title: 4 },
};
