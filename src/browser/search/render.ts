// Pieces of the results shared by the header field and the search page.
import type { SubResult } from '../../lib/search/sections.ts';
import { esc } from './text.ts';

/** "Visar träffar för bosättningsunderlag. Sök i stället på bosätningsunderlag" (a link to the exact words). */
export const correctionNote = (shownFor: string, typed: string, exactUrl: string): string =>
  `Visar träffar för <em>${esc(shownFor)}</em>. <a href="${esc(exactUrl)}">Sök i stället på <em>${esc(typed)}</em></a>`;

/** Deep links under a hit: the sections of the page that match best. */
export const sectionLinks = (sections: SubResult[]): string =>
  sections.length
    ? `<ul class="search-sections" aria-label="Avsnitt">${sections
        .map((s) => `<li><a href="${esc(s.url)}">${esc(s.title)}</a></li>`)
        .join('')}</ul>`
    : '';
