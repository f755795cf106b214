// What the search index reads of a page: its language, title and the indexed
// <main> region, plus
// - a hidden paragraph of extra terms at the start of <main>: compound-word
//   tails ("mottagande" finds "kvotflyktingmottagande") and the glossary's
//   other names of the terms on the page ("SDF" finds "stadsdelsförvaltning");
//   at the start, so they count for the page, not for its last section;
// - the page's topic as Pagefind metadata in a field named by its content type
//   (search/ranking.ts), so the ranking can weigh what the page is.
// Header, navigation and footer are left out: Pagefind would skip them, but
// only after parsing them. The served HTML is not changed.
import { compoundTerms, type Splitter } from './compounds.ts';
import { SITE_NAME } from '../config.ts';
import { definesField, headingsField, topicField, topicText } from './search/ranking.ts';
import type { SynonymFinder } from './search/synonyms.ts';
import { TYPE_WEIGHTS } from './search/type-weights.ts';
import { countWords } from './search/vocabulary.ts';

export interface IndexTools {
  split: Splitter;
  /** Other variants of the glossary terms a text mentions (search/synonyms.ts). */
  synonyms?: SynonymFinder;
  /** When given, the words of every indexed page are counted into it (the typo vocabulary). */
  counts?: Map<string, number>;
  /** The site's name: its words are every page's subject, so they make no page the topic (search/ranking.ts). */
  siteName?: string;
}

/** Visible text of the indexed region, roughly: tags, scripts and styles removed. */
export function indexedText(html: string): string {
  const attr = html.indexOf('data-pagefind-body');
  const start = attr < 0 ? 0 : html.indexOf('>', attr) + 1;
  const end = html.indexOf('</main>', start);
  const region = html.slice(start, end < 0 ? undefined : end);
  return textOf(region);
}

/** The HTML without elements Pagefind skips (data-pagefind-ignore: glossary tooltips, repeated texts). */
export function withoutIgnored(html: string): string {
  const open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;
  let out = '';
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = new RegExp(`<(/?)${m[1]}\\b[^>]*>`, 'gi');
    tag.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = tag.exec(html); t; t = tag.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (!depth) {
        end = t.index + t[0].length;
        break;
      }
    }
    out += html.slice(from, m.index) + ' ';
    from = open.lastIndex = end;
  }
  return out + html.slice(from);
}

const textOf = (html: string) =>
  withoutIgnored(html)
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');

const attrValue = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page's content type: the value of its "Innehållstyp" filter. */
function contentType(main: string): string | undefined {
  const m = /data-pagefind-filter="Innehållstyp"[^>]*>([^<]*)</.exec(main);
  return m?.[1].trim() || undefined;
}

/** The page as the index sees it, or undefined for a page outside the index (no data-pagefind-body on its <main>). */
export function indexCopy(html: string, tools: Splitter | IndexTools): string | undefined {
  const { split, synonyms, counts, siteName = SITE_NAME } = typeof tools === 'function' ? { split: tools } : tools;
  const attr = html.indexOf('data-pagefind-body');
  const start = html.lastIndexOf('<main', attr);
  const end = html.lastIndexOf('</main>');
  if (attr < 0 || start < 0 || end < attr) return undefined;
  const main = html.slice(start, end);
  const text = indexedText(main);
  if (counts) countWords(text, counts);
  // Other names only: forms are often compounds ("kvotflyktingmottagande") that would put every page mentioning
  // the term in the compound's results; they serve to recognise the term.
  const terms = [...compoundTerms(text, split), ...(synonyms?.(text, true) ?? [])];
  const extra = terms.length ? `<p hidden data-pagefind-weight="0.5">${terms.join(' ')}</p>` : '';
  const open = main.indexOf('>') + 1;
  const type = contentType(main);
  const weight = type === undefined ? undefined : TYPE_WEIGHTS[type];
  const title = topicText(textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(main)?.[1] ?? ''), siteName);
  const all = (tag: string) =>
    [...main.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => textOf(m[1]));
  // A definition list's terms with their abbreviations ("… (LSS)") and other names.
  const defined = [...all('dt'), ...all('dfn')].flatMap((t) => [t, ...(synonyms?.(t, true) ?? [])]);
  const meta = (field: string, value: string) =>
    value.trim() ? `<meta data-pagefind-meta="${field}[content]" content="${attrValue(value)}">` : '';
  const head =
    // Other names only: a form such as "anvisningsunderlag" would make the page the topic of "anvisning".
    meta(topicField(type), [title, ...(synonyms?.(title, true) ?? [])].join(' ')) +
    // The others only where the type weighs them: Pagefind gives an unweighed field weight 1.
    (weight?.defines ? meta(definesField(type), defined.join(' ')) : '') +
    (weight?.headings ? meta(headingsField(type), [...all('h2'), ...all('h3')].join(' ')) : '');
  const htmlTag = /<html[^>]*>/.exec(html)?.[0] ?? '<html>';
  const titleTag = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  return `<!doctype html>${htmlTag}<head><meta charset="utf-8">${titleTag}${head}</head><body>${main.slice(0, open)}${extra}${main.slice(open)}</main></body></html>`;
}
