// Language notes (warnings, not errors): misspelled words, long sentences and
// words from the avoid-list in content/sprak/, plus LIX per entry, all from
// the parsed content the checker already holds.
import { lix, sentences, words, type Lix } from '../../../src/lib/lix.ts';
import type { CheckContext } from '../context.ts';
import type { Entry } from '../load.ts';
import type { Problem } from '../problem.ts';
import { lineAt, proseOf, type Block } from './prose.ts';
import { isKnown, swedishDictionary } from './spelling.ts';

/**
 * Longer sentences than this get a note. Klarspråk advises an average of
 * 15–20 words; 30 leaves room for lists of names and still catches the
 * sentences a reader has to read twice.
 */
export const MAX_SENTENCE_WORDS = 30;

export interface AvoidWord {
  ord: string;
  istallet: string;
  varfor: string;
}

export interface PageLanguage {
  entry: Entry;
  lix: Lix;
  warnings: number;
}

export interface LanguageResult {
  warnings: Problem[];
  pages: PageLanguage[];
}

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The site's own words: glossary terms, their forms and abbreviations, actor names, titles, the guide's accepted words. */
export function ownWords(entries: readonly Entry[]): Set<string> {
  const own = new Set<string>();
  for (const e of entries)
    for (const key of ['term', 'forms', 'abbreviation', 'name', 'shortName', 'title', 'godkanda'])
      for (const s of strings(e.raw?.[key])) for (const w of words(s)) own.add(w.toLowerCase());
  return own;
}

export function avoidList(entries: readonly Entry[]): AvoidWord[] {
  return entries
    .filter((e) => e.collection.name === 'sprak')
    .flatMap((e) => (Array.isArray(e.raw?.undvik) ? (e.raw.undvik as unknown[]) : []))
    .filter((x): x is AvoidWord => {
      const w = x as Partial<AvoidWord> | null;
      return typeof w?.ord === 'string' && typeof w.istallet === 'string' && typeof w.varfor === 'string';
    });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Short words match only whole ("samt", not "samtal"); longer ones also with an ending ("feedbacken"). */
const avoidPattern = (ord: string) =>
  new RegExp(`(?<!\\p{L})${escape(ord)}${ord.length >= 6 ? '\\p{L}*' : ''}(?!\\p{L})`, 'giu');

export async function languageNotes(ctx: CheckContext): Promise<LanguageResult> {
  const dict = await swedishDictionary();
  const own = ownWords(ctx.entries);
  const avoid = avoidList(ctx.entries).map((a) => ({ ...a, re: avoidPattern(a.ord.toLowerCase()) }));
  // One dictionary lookup per distinct word of the site, not per occurrence: text repeats its words.
  const known = new Map<string, boolean>();
  const isOk = (w: string) => {
    let ok = known.get(w);
    if (ok === undefined) known.set(w, (ok = isKnown(dict, own, w)));
    return ok;
  };
  const warnings: Problem[] = [];
  const pages: PageLanguage[] = [];
  for (const entry of ctx.entries) {
    if (entry.collection.name === 'sprak') continue;
    const blocks = proseOf(entry);
    const before = warnings.length;
    const note = (block: Block, offset: number, field: string, message: string, fix: string) =>
      warnings.push({ rule: 'sprak', file: entry.file, line: lineAt(block, offset), field, message, fix });
    const seen = new Set<string>();
    for (const block of blocks) {
      for (const m of block.text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)) {
        const w = m[0];
        // "hälso- och sjukvård": the first part of a shared compound is not a word of its own.
        if (block.text[m.index + w.length] === '-') continue;
        if (seen.has(w.toLowerCase()) || isOk(w)) continue;
        seen.add(w.toLowerCase());
        note(
          block,
          m.index,
          'stavning',
          `"${w}" finns inte i den svenska ordlistan`,
          'kontrollera stavningen; är ordet rätt (ett namn eller fackord), lägg det under godkanda i content/sprak/',
        );
      }
      for (const a of avoid)
        for (const m of block.text.matchAll(a.re))
          note(block, m.index, 'ordval', `undvik "${m[0]}": ${a.varfor}`, `skriv ${a.istallet}`);
      let from = 0;
      for (const s of sentences(block.text)) {
        const offset = Math.max(0, block.text.indexOf(s, from));
        from = offset + s.length;
        const n = words(s).length;
        if (n > MAX_SENTENCE_WORDS)
          note(
            block,
            offset,
            'meningslängd',
            `meningen har ${n} ord ("${s.slice(0, 40)}…"); över ${MAX_SENTENCE_WORDS} ord är svårt att läsa`,
            'dela meningen i två eller fler, med en sak i varje',
          );
      }
    }
    pages.push({ entry, lix: lix(blocks.map((b) => b.text)), warnings: warnings.length - before });
  }
  warnings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { warnings, pages };
}
