// Deep links: the sections of a long page that match best, from Pagefind's
// sub-results (headings with an id, and elements with data-pagefind-title).

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
  weighted_locations?: { balanced_score: number }[];
}

const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);

/** Up to `max` sections (sub-results with an anchor), best match first. */
export function bestSections(subResults: SubResult[] | undefined, max = 3): SubResult[] {
  return (subResults ?? [])
    .filter((s) => s.anchor)
    .map((s, i) => ({ s, i, n: score(s) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, max)
    .map(({ s }) => s);
}
