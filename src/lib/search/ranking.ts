// The Pagefind ranking the site uses, shared by the index step (which gives
// each page its topic fields) and the browser (which passes the weights to
// Pagefind). Pagefind adds a meta field's weight × the matched words' rarity to
// a page's score when the query matches that field; a field per content type
// turns the per-type weights (type-weights.ts) into ranking.
import { fold, words } from './fold.ts';
import type { TypeSearchWeight } from './type-weights.ts';

/** Pagefind's own boost for a title match (its default `metaWeights.title`), for pages of no known type. */
const DEFAULT_TITLE_WEIGHT = 5;

/** Files the index step writes next to Pagefind's own, in its output folder. */
export const RANKING_FILE = 'metodstod-ranking.json';
export const VOCABULARY_FILE = 'metodstod-ord.json';

const slug = (type: string) => fold(type).replace(/[^a-z0-9]+/g, '-');

/** The meta field holding a page's title (and its glossary variants), by its content type. */
export const topicField = (type: string | undefined): string => `amne_${slug(type ?? 'ovrigt')}`;
/** The meta field holding the terms a page defines (<dfn>), by its content type. */
export const definesField = (type: string | undefined): string => `definierar_${slug(type ?? 'ovrigt')}`;

/** The meta field holding a page's section headings, by its content type. */
export const headingsField = (type: string | undefined): string => `rubriker_${slug(type ?? 'ovrigt')}`;

/** Pagefind's `ranking` option. */
export interface Ranking {
  metaWeights: Record<string, number>;
  termFrequency?: number;
  pageLength?: number;
  termSimilarity?: number;
  termSaturation?: number;
}

export function ranking(weights: Readonly<Record<string, TypeSearchWeight>>): Ranking {
  // The title itself counts through the topic fields, by type; untyped pages keep Pagefind's default.
  const metaWeights: Record<string, number> = { title: 0, [topicField(undefined)]: DEFAULT_TITLE_WEIGHT };
  for (const [type, w] of Object.entries(weights)) {
    metaWeights[topicField(type)] = w.title;
    if (w.defines) metaWeights[definesField(type)] = w.defines;
    if (w.headings) metaWeights[headingsField(type)] = w.headings;
  }
  return { metaWeights };
}

/**
 * The words of a title that say what the page is about: without the site's own
 * subject (the words of its name, in any inflection), which every page shares —
 * "Initial sjukvård för kvotflyktingar" is the topic for "sjukvård", not for "kvotflykting".
 */
export function topicText(title: string, siteName: string): string {
  const subject = words(siteName).map(fold);
  const isSubject = (w: string) => {
    const f = fold(w);
    return subject.some((s) => (f.startsWith(s) || s.startsWith(f)) && Math.abs(f.length - s.length) <= 3);
  };
  return words(title)
    .filter((w) => !isSubject(w))
    .join(' ');
}
