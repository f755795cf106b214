// Abbreviations, forms and synonyms from the glossary (content/begrepp/*.yaml):
// every way of writing a term finds the pages that write it any other way.
// At index time a page that says "SDF" also gets "stadsdelsförvaltning" as a
// hidden extra term (and the other way round), so Pagefind finds it either way
// and ranks the page that writes the word itself higher. Editors extend this
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
  const alternatives = variants.map((v) =>
    isAbbreviation(v) ? `(?-i:${escape(v)})` : escape(v).replace(/ /g, '\\s+'),
  );
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text, namesOnly = false) => {
    const found = new Set<SynonymGroup>();
    const seen = new Set<string>();
    for (const m of withoutSigns(text).matchAll(pattern)) {
      const key = m[0].replace(/\s+/g, ' ');
      seen.add(key.toLocaleLowerCase('sv'));
      const group = byVariant.get(key) ?? byVariant.get(key.toLocaleLowerCase('sv'));
      if (group) found.add(group);
    }
    const extra = new Set<string>();
    for (const g of found)
      for (const v of namesOnly ? g.names : g.variants) if (!seen.has(v.toLocaleLowerCase('sv'))) extra.add(v);
    return [...extra];
  };
}
