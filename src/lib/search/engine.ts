// The site's search on top of Pagefind, without the page around it: the query
// as typed, and when it finds little, its other readings (query-plan.ts) all at
// once; hits with their best sections (deep links). Pagefind and the vocabulary
// are passed in, so this runs in the browser and in unit tests alike.
import { combine, type Combined } from './combine.ts';
import { FEW_HITS, correctedAlternative, plainAlternatives, primaryQuery, type Alternative } from './query-plan.ts';
import type { Ranking } from './ranking.ts';
import { bestSections, type SubResult } from './sections.ts';
import { createCorrector, type Corrector, type Vocabulary } from './vocabulary.ts';

export interface PagefindData {
  url: string;
  excerpt: string;
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: SubResult[];
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
/** The part of Pagefind's browser API the search uses. */
export interface PagefindApi {
  options: (o: { excerptLength?: number; ranking?: Ranking }) => Promise<void>;
  init: () => void;
  search: (q: string, o?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface Hit extends PagefindData {
  /** The sections of the page that match best (sub-results with an anchor). */
  sections: SubResult[];
  /** Offline, a page that is not in the offline copy: listed so the reader learns of it, never linked. */
  unavailable?: boolean;
}

/** Turns the results to show into hits: their texts, with their best sections. */
export type LoadHits = (results: PagefindResult[]) => Promise<Hit[]>;

/** A hit from its fragment's data. */
export const toHit = (data: PagefindData): Hit => ({ ...data, sections: bestSections(data.sub_results) });

/** Every result's fragment, as Pagefind loads it (the browser's offline-aware loader is src/browser/search/offline.ts). */
export const loadHits: LoadHits = (results) => Promise.all(results.map(async (r) => toHit(await r.data())));

export interface Outcome {
  total: number;
  hits: Hit[];
  /** The corrected query the hits are for, when the typed one found nothing. */
  shownFor?: string;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  limit?: number;
  /** Search the words as typed only: no correction, no dropped or split words. */
  exact?: boolean;
  /**
   * Called with the hits named from the page list (preview), as soon as Pagefind
   * has ranked them and before their fragments (excerpt, sections) are loaded.
   */
  onPreview?: (outcome: Outcome) => void;
}

/**
 * Hits named without their fragments (title and URL from a list the build
 * writes), or undefined while the list is not loaded; `load` starts loading it.
 */
export interface Preview {
  load: () => void;
  hits: (results: PagefindResult[]) => Hit[] | undefined;
}

export type Search = ((query: string, options?: SearchOptions) => Promise<Outcome>) & {
  /**
   * Loads what the first search needs besides Pagefind (the vocabulary and its
   * corrector) ahead of time, when someone reaches for a search field: the
   * first search then waits only for Pagefind.
   */
  prepare(): void;
};

export function createSearch(
  pagefind: () => Promise<PagefindApi>,
  loadVocabulary: () => Promise<Vocabulary>,
  load: LoadHits = loadHits,
  preview?: Preview,
): Search {
  let corrector: Promise<Corrector | undefined> | undefined;
  // The vocabulary is fetched once, when a search field is reached for (prepare()) or with the first search.
  const getCorrector = () =>
    (corrector ??= loadVocabulary().then(
      (v) => createCorrector(v),
      () => undefined,
    ));

  const run = async (query: string, { filters = {}, limit = 8, exact = false, onPreview }: SearchOptions = {}) => {
    const pf = await pagefind();
    const find = async (q: string) => (await pf.search(q, { filters }))?.results ?? [];
    const searchAlternative = async (alternative: Alternative) => ({
      alternative,
      results: await find(alternative.query),
    });
    // A word the site never writes is a typo even when Pagefind finds pages for its parts
    // ("bosätningsunderlag" finds "underlag"): the vocabulary is asked alongside the search.
    const [typed, corrected] = await Promise.all([
      find(exact ? query.trim() : primaryQuery(query)),
      exact ? undefined : getCorrector().then((c) => (c ? correctedAlternative(query, c) : undefined)),
    ]);
    let combined: Combined<PagefindResult> = { results: typed };
    if (!exact && (corrected || typed.length < FEW_HITS)) {
      // Every other reading at once.
      const readings = [
        ...(typed.length < FEW_HITS ? plainAlternatives(query) : []),
        ...(corrected ? [corrected] : []),
      ];
      combined = combine(typed, await Promise.all(readings.map(searchAlternative)));
    }
    const top = combined.results.slice(0, limit);
    const named = onPreview && top.length ? preview?.hits(top) : undefined;
    if (named) onPreview!({ total: combined.results.length, hits: named, shownFor: combined.shownFor });
    const hits = await load(top);
    return { total: combined.results.length, hits, shownFor: combined.shownFor };
  };
  return Object.assign(run, {
    prepare: () => {
      void pagefind();
      void getCorrector();
      preview?.load();
    },
  });
}
