// What the search index sees of a page: the page itself plus, before </main>,
// a hidden paragraph of compound-word tails, so "mottagande" finds
// "kvotflyktingmottagande". The served HTML is not changed.
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

export function augmentForIndex(html: string, split: Splitter): string {
  if (!html.includes('data-pagefind-body')) return html;
  const terms = compoundTerms(indexedText(html), split);
  if (!terms.length) return html;
  const extra = `<p hidden data-pagefind-weight="0.5">${terms.join(' ')}</p>`;
  const at = html.lastIndexOf('</main>');
  return at < 0 ? html : html.slice(0, at) + extra + html.slice(at);
}
