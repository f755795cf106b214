// What the search index reads of a page: its language, title and the indexed
// <main> region, plus a hidden paragraph of compound-word tails before
// </main>, so "mottagande" finds "kvotflyktingmottagande". Header, navigation
// and footer are left out: Pagefind would skip them, but only after parsing
// them. The served HTML is not changed.
import { compoundTerms, type Splitter } from './compounds.ts';

/** Visible text of the indexed region, roughly: tags, scripts and styles removed. */
export function indexedText(html: string): string {
  const attr = html.indexOf('data-pagefind-body');
  const start = attr < 0 ? 0 : html.indexOf('>', attr) + 1;
  const end = html.indexOf('</main>', start);
  const region = html.slice(start, end < 0 ? undefined : end);
  return region
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** The page as the index sees it, or undefined for a page outside the index (no data-pagefind-body on its <main>). */
export function indexCopy(html: string, split: Splitter): string | undefined {
  const attr = html.indexOf('data-pagefind-body');
  const start = html.lastIndexOf('<main', attr);
  const end = html.lastIndexOf('</main>');
  if (attr < 0 || start < 0 || end < attr) return undefined;
  const main = html.slice(start, end);
  const terms = compoundTerms(indexedText(main), split);
  const extra = terms.length ? `<p hidden data-pagefind-weight="0.5">${terms.join(' ')}</p>` : '';
  const htmlTag = /<html[^>]*>/.exec(html)?.[0] ?? '<html>';
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  return `<!doctype html>${htmlTag}<head><meta charset="utf-8">${title}</head><body>${main}${extra}</main></body></html>`;
}
