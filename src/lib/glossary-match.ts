// Finding glossary terms in running text. Pure: the Markdown plugin feeds it
// text and gets back where the first unseen term starts.
import type { z } from 'astro/zod';
import type { begreppSchema } from '../schemas/begrepp.ts';

/** A term as the begrepp schema gives it, with its id. */
export type GlossaryTerm = { id: string } & Pick<
  z.output<ReturnType<typeof begreppSchema>>,
  'term' | 'abbreviation' | 'forms' | 'definition'
> & {
    /** Other words for the term that search treats as the term (not marked in running text). */
    synonyms?: string[];
  };

export interface Surface {
  text: string;
  id: string;
  isAbbr: boolean;
}

/** Every way a term is written, longest first (so "ekonomiskt bistånd" beats "bistånd"). */
export function surfaces(terms: GlossaryTerm[]): Surface[] {
  const out: Surface[] = [];
  for (const t of terms) {
    for (const f of new Set([t.term, ...t.forms])) out.push({ text: f, id: t.id, isAbbr: false });
    if (t.abbreviation) out.push({ text: t.abbreviation, id: t.id, isAbbr: true });
  }
  return out.sort((a, b) => b.text.length - a.text.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex over all surfaces: terms ignore case, abbreviations must match exactly. */
export function termPattern(list: Surface[]): RegExp {
  const alt = list.map((s) => (s.isAbbr ? `(?-i:${escape(s.text)})` : escape(s.text))).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Surfaces by what a match must equal (abbreviations exactly, terms in lower case), first in list order. */
const lookups = new WeakMap<Surface[], Map<string, { s: Surface; i: number }>>();
function lookup(list: Surface[]) {
  let m = lookups.get(list);
  if (!m) {
    m = new Map();
    list.forEach((s, i) => {
      const key = s.isAbbr ? `a:${s.text}` : `t:${s.text.toLocaleLowerCase('sv')}`;
      if (!m!.has(key)) m!.set(key, { s, i });
    });
    lookups.set(list, m);
  }
  return m;
}

/** The first match in `text` of a term whose id is not in `seen`. */
export function firstUnseen(text: string, pattern: RegExp, list: Surface[], seen: Set<string>) {
  // A map lookup per match, not a scan of every surface (with locale-aware
  // lower-casing) per match: this ran for every text node of every page.
  const byKey = lookup(list);
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    const abbr = byKey.get(`a:${m[0]}`);
    const term = byKey.get(`t:${m[0].toLocaleLowerCase('sv')}`);
    const s = abbr && term ? (abbr.i < term.i ? abbr : term).s : (abbr ?? term)?.s;
    if (s && !seen.has(s.id)) return { index: m.index, length: m[0].length, surface: s };
  }
  return undefined;
}
