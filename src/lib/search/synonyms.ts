// Abbreviations, forms and synonyms from the glossary (content/begrepp/*.yaml):
// a term, its abbreviation and its synonyms find the same pages. At index time
// a page that writes the term in any of its ways (forms included:
// "stadsdelsförvaltningarnas") also gets the term's other names as hidden extra
// terms ("stadsdelsförvaltning SDF"), so Pagefind finds it by any name and ranks
// the page that writes the word itself higher. Editors extend this
// by editing the glossary; nothing else lists words.

export interface GlossaryWords {
  term: string;
  abbreviation?: string;
  forms: string[];
  synonyms?: string[];
}

/** One term's ways of being written, without signs such as "§" (Pagefind ignores them). */
export interface SynonymGroup {
  variants: string[];
  /** Variants written in capitals ("SDF", "SoL"): matched exactly, since "sol" is also a word. */
  abbreviations: string[];
  /** The term, its abbreviation and synonyms: other names for it, where forms are inflections and compounds. */
  names: string[];
}

/** "§ 37-medel" → "37-medel": signs removed, spaces collapsed. */
export const withoutSigns = (s: string): string => s.replace(/[§¶]/g, ' ').replace(/\s+/g, ' ').trim();

const isAbbreviation = (s: string) => /\p{Lu}.*\p{Lu}/u.test(s) && !/\s/.test(s);

export function synonymGroups(terms: GlossaryWords[]): SynonymGroup[] {
  return terms.map((t) => {
    const all = [t.term, t.abbreviation, ...t.forms, ...(t.synonyms ?? [])]
      .filter((v): v is string => !!v)
      .map(withoutSigns)
      .filter((v) => v.length >= 2);
    const norm = (v: string) => (isAbbreviation(v) ? v : v.toLocaleLowerCase('sv'));
    const unique = [...new Set(all.map(norm))];
    const names = new Set(
      [t.term, t.abbreviation, ...(t.synonyms ?? [])].filter((v): v is string => !!v).map((v) => norm(withoutSigns(v))),
    );
    return {
      variants: unique,
      abbreviations: unique.filter(isAbbreviation),
      names: unique.filter((v) => names.has(v)),
    };
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns a function giving the extra terms of a text: the other variants of
 * every group it mentions (only the other names, with `namesOnly`).
 */
export type SynonymFinder = (text: string, namesOnly?: boolean) => string[];

export function createSynonymFinder(groups: SynonymGroup[]): SynonymFinder {
  const byVariant = new Map<string, SynonymGroup>();
  for (const g of groups) for (const v of g.variants) if (!byVariant.has(v)) byVariant.set(v, g);
  const variants = [...byVariant.keys()].sort((a, b) => b.length - a.length);
  if (!variants.length) return () => [];
  // A term also matches inflected ("stadsdelsförvaltningarnas"): up to five more letters.
  const alternatives = variants.map((v) =>
    isAbbreviation(v) ? `(?-i:${escape(v)})` : `${escape(v).replace(/ /g, '\\s+')}\\p{L}{0,5}`,
  );
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text, namesOnly = false) => {
    const found = new Set<SynonymGroup>();
    const seen = new Set<string>();
    for (const m of withoutSigns(text).matchAll(pattern)) {
      const text = m[0].replace(/\s+/g, ' ');
      const lower = text.toLocaleLowerCase('sv');
      seen.add(lower);
      // The longest variant the match starts with (abbreviations exactly).
      const variant = variants.find((v) => (isAbbreviation(v) ? v === text : lower.startsWith(v)));
      const group = variant === undefined ? undefined : byVariant.get(variant);
      if (group) found.add(group);
    }
    const extra = new Set<string>();
    for (const g of found)
      for (const v of namesOnly ? g.names : g.variants) if (!seen.has(v.toLocaleLowerCase('sv'))) extra.add(v);
    return [...extra];
  };
}
